import type { Role } from "../content/types";
import { RISK_BANDS } from "../content/risk";
import { currentYear } from "./site";

export type FaqItem = { question: string; answer: string };

/** "a Plumber", "an Accountant", "an HR Generalist", "a UX Designer". */
export function withArticle(title: string): string {
  // Note: initialisms are read letter by letter, so what matters is the sound of the first letter.
  if (/^(?:HR|HVAC|SEO|SAP|SDR|IT|MRI|NHS|RN|LPN|SQL|X)\b/.test(title)) return `an ${title}`;
  if (/^(?:U[XSI]|Uni|Use|Eu|One)/.test(title)) return `a ${title}`;
  return /^[AEIOU]/i.test(title) ? `an ${title}` : `a ${title}`;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** First `count` sentences of a paragraph. */
function firstSentences(text: string, count: number): string {
  const parts = text.trim().match(/[^.!?]+[.!?]+(?:\s|$)/g);
  if (!parts) return sentence(text);
  return parts.slice(0, count).join("").trim();
}

/**
 * The FAQ for a role: the standard questions answered from the profile's own fields, then the
 * profile's extra entries. The page and the FAQPage JSON-LD both use this output, so they match.
 */
export function buildFaq(role: Role, year: number = currentYear()): FaqItem[] {
  const band = RISK_BANDS[role.risk.level];
  const human = role.augmenting.slice(0, 2);
  const items: FaqItem[] = [
    {
      question: `Will AI replace your ${role.title} job?`,
      answer: `Our AI automation risk rating for ${role.title} is ${band.label}: we estimate that about ${role.risk.automatableShare}% of the role's core working time goes on tasks AI can already do end to end. ${sentence(role.risk.reason)}`,
    },
    {
      question: `Which ${role.title} tasks is AI automating?`,
      answer: `${joinList(role.automating.map((t) => t.task))}.`,
    },
    {
      question: `What skills should ${withArticle(role.title)} learn for the AI era?`,
      answer: `${role.skills.aiTools.length > 0 ? `AI tools: ${joinList(role.skills.aiTools.map((t) => t.name))}.` : sentence(role.skills.aiToolsNote ?? "No AI tool is worth learning first for this job.")} Technical skills: ${joinList(role.skills.technical)}. Human skills: ${joinList(role.skills.human)}.`,
    },
    {
      question: `Is a career as ${withArticle(role.title)} safe from AI?`,
      answer: `The risk is rated ${band.label}. ${human
        .map((t) => `${t.task} still needs a person for ${t.human.replace(/\.$/, "")}`)
        .join("; ")}. ${
        role.risk.level === "low" || role.risk.level === "medium"
          ? "So the role shifts rather than disappears: the routine part shrinks and judgement carries more weight."
          : "Fewer people will be needed for the same volume of work, so the safest path is to move toward the tasks that stay human."
      }`,
    },
    {
      question: `Should I become ${withArticle(role.title)} in ${year}?`,
      answer: `${firstSentences(role.outlook.near, 1)} ${firstSentences(role.positioning, 2)}`,
    },
  ];
  for (const entry of role.faq) items.push({ question: entry.q, answer: entry.a });
  return items;
}
