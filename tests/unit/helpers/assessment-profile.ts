import type { AssessmentAnswers } from "@/lib/assessment/scoring";
import type { PlanProfile } from "@/lib/assessment/plan";

/**
 * A small, fixed profile for the assessment and plan tests (independent of content/, which keeps changing):
 * three tasks of each kind, three tools, commas, semicolons and non-ASCII text to exercise escaping.
 */
export const PROFILE: PlanProfile = {
  title: "Café Manager",
  risk: { level: "medium", automatableShare: 30, reason: "Scheduling and ordering are automated; people and service are not." },
  automating: [
    { task: "Staff rota scheduling", detail: "Scheduling tools build the weekly rota from availability and forecast footfall." },
    { task: "Stock ordering; supplier reorders", detail: "Inventory systems reorder beans, milk and cups from sales data." },
    { task: "Daily sales reports", detail: "The till system produces the daily report, with trends, automatically." },
  ],
  augmenting: [
    {
      task: "Hiring baristas",
      ai: "screens applications and drafts interview questions",
      human: "judging attitude, fit and how someone handles a rush",
    },
    {
      task: "Menu planning",
      ai: "Suggests seasonal items from sales and cost data",
      human: "tasting, pricing and what the regulars will accept",
    },
    {
      task: "Handling complaints",
      ai: "drafts replies to online reviews",
      human: "calming an upset customer face to face, and deciding on refunds",
    },
  ],
  skills: {
    aiTools: [
      { name: "Deputy or Rotacloud", use: "Building rotas that respect availability, skills and labour budget." },
      { name: "ChatGPT", use: "Drafting job adverts, replies to reviews and supplier emails." },
      { name: "Square Dashboard", use: "Reading sales trends and margins per item without a spreadsheet." },
    ],
    technical: ["Food cost and margin analysis", "Inventory management", "Basic data literacy"],
    human: ["Coaching a team through a busy shift", "Calm conflict resolution", "Building relationships with regulars"],
  },
  projects: [
    {
      title: "Waste dashboard",
      description: "Track daily waste per item for four weeks and use it to adjust the automatic reorder levels.",
    },
    {
      title: "Review-reply playbook",
      description: "Write a playbook of reply templates for online reviews, with the cases that always need a human.",
    },
  ],
};

/** Builds answers for PROFILE: automating, augmenting, outside share, tools. */
export function answers(automating: number[], augmenting: number[], outside: number, tools: number[] = [0, 0, 0]): AssessmentAnswers {
  return {
    automating: automating as AssessmentAnswers["automating"],
    augmenting: augmenting as AssessmentAnswers["augmenting"],
    outside,
    tools: tools as AssessmentAnswers["tools"],
  };
}
