import type { IsoDay } from "@/lib/dates";
import type { FieldError } from "@/lib/errors/app-error";
import { inForce, type Dated } from "@/lib/reference/dated";
import { diplomaticPostsOpenOn, findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import type { WorkerLocation } from "./answers";

/**
 * A worker living abroad applies for the type D visa at a Belgian embassy or consulate, which the
 * filer names; a worker living in Belgium needs none (seed 000: "Indien de werknemer in het
 * buitenland verblijft dan is het altijd nodig om een diplomatieke post in te vullen").
 * The post must be open on the filing day and serve the worker's country of residence. When no
 * post serves that country (the list has none for e.g. Chad or Palestine), a post is still
 * required (the seed says "always"), so any open post is accepted; the filing form offers the
 * serving posts first and every post after them.
 */
export const DIPLOMATIC_POST_RULES: readonly Dated[] = [
  { id: "diplomatic-post-rule.2019", validFrom: "2019-01-01", validUntil: null, source: "Seed 000; seed 001 (visum type D bij de ambassade)" },
];

export function diplomaticPostRequired(workerLocation: WorkerLocation): boolean {
  return workerLocation === "ABROAD";
}

export interface DiplomaticPostAnswers {
  residesInBelgium: boolean;
  /** ISO 3166-1 alpha-2. */
  residenceCountry: string;
  diplomaticPostCode: string | null;
}

export function checkDiplomaticPost(answers: DiplomaticPostAnswers, day: IsoDay): { problems: FieldError[]; ruleIds: string[] } {
  if (answers.residesInBelgium) return { problems: [], ruleIds: [] };
  const ruleIds = inForce(DIPLOMATIC_POST_RULES, day).map((rule) => rule.id);
  const post = answers.diplomaticPostCode ? findDiplomaticPost(answers.diplomaticPostCode, day) : undefined;
  if (!post) return { problems: [{ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }], ruleIds };
  const anyServes = diplomaticPostsOpenOn(day).some((p) => p.serves.includes(answers.residenceCountry));
  if (anyServes && !post.serves.includes(answers.residenceCountry)) {
    return { problems: [{ path: "diplomaticPostCode", message: "checklist.problems.diplomaticPostNotServing" }], ruleIds: [...ruleIds, post.id] };
  }
  return { problems: [], ruleIds: [...ruleIds, post.id] };
}
