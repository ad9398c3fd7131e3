/**
 * Which messages each client component needs in the browser, in one place. Server components
 * translate from the whole catalog on the server; a client component translates only from what its
 * provider hands it (`<ClientMessages of={…}>`, components/i18n/client-messages-provider.tsx), so a
 * page carries only the messages of the forms it shows.
 *
 * Keep each list beside what the component translates: its own namespace, plus every namespace
 * whose keys can reach it as an error (zod messages and server-action errors are message keys,
 * translated in the browser by `useServerForm`). A key that is left out is a MISSING_MESSAGE
 * in the browser's console, which fails every end-to-end test (tests/e2e/support.ts).
 */

/** What every form needs: the error summary, "Choose…", and the keys its schema and its action answer with. */
const form = ["forms", "errors", "validation"] as const;

/**
 * The acts on a submitted dossier (lib/dossier-life): their schemas' keys of `validation`, not the
 * whole namespace (7 KB), on the dossier page that caseworkers open all day.
 */
const dossierActs = [
  "forms",
  "errors",
  "validation.applicationRequired",
  "validation.motivationRequired",
  "validation.motivationTooLong",
  "validation.outcomeRequired",
  "validation.reasonTooLong",
  "validation.informationItemsRequired",
  "validation.informationMessageRequired",
  "validation.informationMessageTooLong",
  "validation.extensionUntilRequired",
  "validation.extensionReasonRequired",
  "validation.extensionUntilAfterLastDay",
  // What the portal's zod error map (lib/forms/zod.ts) and the plain-text rule answer any schema with.
  "validation.controlCharacters",
  "validation.dateOutOfRange",
  "validation.answerRequired",
  "validation.wrongKindOfAnswer",
  "validation.tooManyItems",
  "validation.tooFewItems",
  "validation.tooShort",
  "validation.tooLong",
  "validation.wrongFormat",
  "validation.unknownChoice",
  "validation.invalidValue",
] as const;

export const clientMessages = {
  /**
   * The header's language switcher, on every page (the root layout), and what the error boundary
   * (app/[locale]/error.tsx) says when a page failed on the server.
   */
  everyPage: ["common.languageSwitcher", "common.languages", "unavailable"],
  signInForm: [...form, "signIn"],
  /** Link sign-in, worker sign-in and forgotten-password requests, the new password, the worker's claim. */
  accountForms: [...form, "accounts"],
  signUpForm: [...form, "organisation.signUp", "accounts.validation", "routing.regions", "common.languages"],
  invitationForms: [...form, "organisation.signUp", "organisation.invitation", "accounts.validation", "common.languages"],
  memberForms: [...form, "organisation.members"],
  mandateForms: [...form, "organisation.mandates"],
  whichRegionForm: [...form, "whichRegion", "routing"],
  whatToUploadForm: [...form, "checklist.title", "checklist.form", "checklist.result", "checklist.errors"],
  deadlineForm: [...form, "deadlines.form", "deadlines.result", "deadlines.errors", "routing.regions", "categories"],
  eligibilityForm: [...form, "eligibility.form", "eligibility.result", "eligibility.errors"],
  startApplicationForm: [...form, "filing.form", "filing.start"],
  /** The worker's "apply for the permit of unlimited duration" button on their home. */
  startOwnApplicationForm: form,
  /** The four step forms of a filing, the employment step's routing preview and place lists included. */
  filingStepForms: [
    ...form,
    "filing.form",
    "filing.fee",
    "filing.stepPage",
    "checklist.form",
    "checklist.problems",
    "checklist.notices",
    "categories",
    "whichRegion",
    "routing",
    // The worker's own eligibility step asks the calculator's questions.
    "eligibility.form",
    "eligibility.errors",
  ],
  checkAnswersForm: [...form, "dossier", "filing.check", "filing.incomplete", "filing.notEligible", "filing.warnings", "routing.regions", "checklist.problems", "checklist.missing", "checklist.notices", "documents.kinds"],
  /** The document upload of a draft or an information request, and the answer to an information request. */
  documentForms: [...form, "documents", "informationRequest", "dossier"],
  withdrawForm: [...dossierActs, "dossier"],
  deleteDraftForm: [...form, "documents.deleteDraft", "documents.errors"],
  backOfficeForms: [...dossierActs, "backOffice", "documents.kinds"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesOf = keyof typeof clientMessages;
