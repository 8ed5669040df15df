import type { AssessmentAnswers } from "../lib/assessment/scoring";
import type { Role } from "../lib/content";

/**
 * A complete, valid set of assessment answers for `role`: one per task and tool of the profile, cycling
 * through the choices, so the end-to-end suite and the benchmark follow the profile as it changes.
 */
export function sampleAnswers(role: Pick<Role, "automating" | "augmenting" | "skills">): AssessmentAnswers {
  return {
    automating: role.automating.map((_, i) => ([2, 1, 0] as const)[i % 3]!),
    augmenting: role.augmenting.map((_, i) => ([0, 1, 2] as const)[i % 3]!),
    outside: 20,
    tools: role.skills.aiTools.map((_, i) => ([0, 1, 2] as const)[i % 3]!),
  };
}
