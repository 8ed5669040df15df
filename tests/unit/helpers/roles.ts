import { loadContent, type Category, type Role } from "@/lib/content/load";
import { bandForShare } from "@/lib/content/risk";
import { makeTree } from "./content-tree";

const base = loadContent(makeTree()).roles.find((r) => r.slug === "software-developer-backend-api")!;

export type RoleSpec = {
  slug: string;
  title: string;
  aliases?: string[];
  category?: string;
  parent?: string;
  /** Task names; the first half are "automating", the rest "augmenting". */
  tasks?: string[];
  technical?: string[];
  human?: string[];
  tools?: string[];
  share?: number;
  updated?: string;
};

/** A complete, valid Role (the fixture backend profile) with the fields a test cares about replaced. */
export function makeRole(spec: RoleSpec): Role {
  const tasks = spec.tasks ?? [];
  const half = Math.ceil(tasks.length / 2);
  const share = spec.share ?? 30;
  return {
    ...base,
    slug: spec.slug,
    file: `content/roles/${spec.slug}.md`,
    title: spec.title,
    aliases: spec.aliases ?? [spec.title.toLowerCase()],
    category: spec.category ?? "technology",
    parent: spec.parent,
    automating: tasks.slice(0, half).map((task) => ({ task, detail: "A detail long enough for the schema." })),
    augmenting: tasks.slice(half).map((task) => ({ task, ai: "drafts a first version", human: "decides what ships" })),
    skills: {
      aiTools: (spec.tools ?? []).map((name) => ({ name, use: "Used for the everyday parts of the job." })),
      technical: spec.technical ?? [],
      human: spec.human ?? [],
    },
    risk: { ...base.risk, automatableShare: share, level: bandForShare(share) },
    updated: spec.updated ?? base.updated,
    html: "",
  };
}

export const CATEGORIES: Category[] = [
  { slug: "technology", title: "Technology", description: "Software, data and IT roles for the tests.", formerSlugs: [] },
  { slug: "finance", title: "Accounting & Finance", description: "Bookkeeping and accounting roles for the tests.", formerSlugs: [] },
  { slug: "trades", title: "Skilled Trades", description: "Electricians and plumbers for the tests here.", formerSlugs: [] },
];
