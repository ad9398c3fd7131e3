/**
 * The demo accounts the development seed creates (prisma/seed-demo.ts) and the e2e tests sign in
 * with. The password is for the seeded demo data only; a production start never seeds it.
 */
export const DEMO_PASSWORD = "demo-2026-Belgium";

export const demoAccounts = {
  employer: "employer@demo.example",
  employerAdmin: "employer.admin@demo.example",
  bakeryAdmin: "boulangerie.admin@demo.example",
  mandatary: "mandatary@demo.example",
  mandataryAdmin: "mandatary.admin@demo.example",
  caseworkerFlanders: "caseworker.flanders@demo.example",
  caseworkerBrussels: "caseworker.brussels@demo.example",
  caseworkerWallonia: "caseworker.wallonia@demo.example",
  caseworkerGermanSpeaking: "caseworker.dg@demo.example",
  immigrationOffice: "immigration.office@demo.example",
  worker: "worker@demo.example",
  foreignEmployer: "foreign.employer@demo.example",
  /** Two hats (docs/decisions/hats.md): the bakery's user and the mandatary's user; chooses after signing in. */
  twoHats: "two.hats@demo.example",
} as const;
