import { formatDate } from "../content/format";
import { PLAN_PHASES, TASK_KIND_LABELS, type Plan } from "./plan";

/** Escapes characters that markdown would read as formatting in a profile's plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, "\\$1");
}

const hours = (h: number) => `${h} h`;

/** The plan as a markdown checklist, one section per week. */
export function planToMarkdown(plan: Plan, { planUrl }: { planUrl: string }): string {
  const lines: string[] = [
    `# 12-week AI action plan: ${escapeMarkdown(plan.roleTitle)}`,
    "",
    `${hours(plan.hoursPerWeek)} a week, from ${formatDate(plan.start)} to ${formatDate(plan.end)}. ${plan.personalised ? "Built from your assessment answers." : "Built from the role profile (no assessment answers)."}`,
    "",
    escapeMarkdown(plan.summary),
    "",
    `Plan online: <${planUrl}>`,
  ];
  for (const phase of PLAN_PHASES) {
    lines.push("", `## ${phase.label} (weeks ${phase.weeks[0]}–${phase.weeks[1]})`, "", phase.summary);
    for (const week of plan.weeks.filter((w) => w.phase === phase.phase)) {
      lines.push("", `### Week ${week.week} (${formatDate(week.starts)}): ${escapeMarkdown(week.focus)}`, "");
      for (const task of week.tasks) {
        lines.push(
          `- [ ] **${TASK_KIND_LABELS[task.kind]}: ${escapeMarkdown(task.title)}** (${hours(task.hours)}) — ${escapeMarkdown(task.detail)}`,
        );
      }
      lines.push("", `Checkpoint: ${escapeMarkdown(week.checkpoint)}`);
    }
  }
  lines.push("", "---", "", "Made with Role Compass. Nothing you entered was stored.", "");
  return lines.join("\n");
}
