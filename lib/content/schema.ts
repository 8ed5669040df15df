import { z } from "zod";
import { isRealDate } from "../check/dates";
import { RISK_LEVELS, bandForShare, RISK_BANDS } from "./risk";

/*
 * The content model. Every field carries JSDoc because CONTRIBUTING.md and the generated JSON Schema
 * mirror it. Objects are `strict`: a misspelt key is an error, never silently ignored.
 */

/** A lower-case kebab-case identifier, as used in file names and URLs. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "expected a lower-case kebab-case slug such as `software-developer`" });

/** A calendar date written `YYYY-MM-DD` (quotes optional: the YAML 1.2 parser keeps it a string). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date written YYYY-MM-DD", abort: true })
  .refine(isRealDate, { error: "expected a real calendar date" });

/** An O*NET-SOC occupation code such as `15-1252.00`. */
export const OnetCodeSchema = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, { error: "expected an O*NET-SOC code such as 15-1252.00" });

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * A source a claim on the page rests on, listed only if its page was actually read: the date it was
 * read is part of the citation.
 */
export const SourceSchema = z.strictObject({
  /** The title of the page, report, paper or guidance, as its publisher gives it. */
  title: text(5, 200),
  /** Where to read it: an absolute https URL, the address of the page that was read. */
  url: z.url({ protocol: /^https$/, error: "expected an absolute https:// URL" }),
  /** Who published it: the organisation, vendor, regulator or authors. */
  publisher: text(2, 120),
  /** Year the page or report was published (or last revised, when it says so). */
  year: z.number().int().min(1950).max(2100),
  /** The day it was read (YYYY-MM-DD): not in the future, and not before the profile's first commit. */
  accessed: IsoDateSchema,
  /** Which claim on this page it backs, in a few words, e.g. "Aurora's driverless Dallas–Houston service". */
  supports: text(10, 200),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * One dated entry of what changed in a profile, newest first; feeds are built from it. The first
 * publication is not an entry: its date comes from the repository.
 */
export const ChangeSchema = z.strictObject({
  /** When the change was committed (YYYY-MM-DD): within the file's history, checked against git. */
  date: IsoDateSchema,
  /** What changed, in one or two sentences a reader following the role would want to know. */
  summary: text(15, 300),
});
export type Change = z.infer<typeof ChangeSchema>;

/** A task that AI tools can now do end to end, with a person only checking the output. */
export const AutomatedTaskSchema = z.strictObject({
  /** The task, named the way a practitioner would, e.g. "CRUD endpoint generation from data models". */
  task: text(10, 160),
  /** Which tools do it today and how well, one sentence. */
  detail: text(20, 300),
  /** O*NET task IDs (from the occupation's task statements) this task corresponds to, optional. */
  taskIds: z.array(z.number().int().positive()).optional(),
});
export type AutomatedTask = z.infer<typeof AutomatedTaskSchema>;

/** A task AI speeds up while a person stays in charge of the outcome. */
export const AugmentedTaskSchema = z.strictObject({
  /** The task, e.g. "Database schema design". */
  task: text(10, 160),
  /** What AI contributes, e.g. "suggests normalised structures and indexes". */
  ai: text(10, 240),
  /** What stays with the human and why, e.g. "optimising for real query patterns and scale". */
  human: text(10, 240),
  /** O*NET task IDs this task corresponds to, optional. */
  taskIds: z.array(z.number().int().positive()).optional(),
});
export type AugmentedTask = z.infer<typeof AugmentedTaskSchema>;

/** An AI tool worth learning for this role. */
export const AiToolSchema = z.strictObject({
  /** The product or family, e.g. "GitHub Copilot" or "Claude Code / ChatGPT". */
  name: text(2, 80),
  /** What to use it for in this role, one sentence. */
  use: text(10, 200),
});
export type AiTool = z.infer<typeof AiToolSchema>;

/** A role-specific practice project for the 12-week plan. */
export const ProjectIdeaSchema = z.strictObject({
  /** Short name of the project. */
  title: text(5, 100),
  /** What to build or do, tied to a real task of the role. */
  description: text(20, 300),
});
export type ProjectIdea = z.infer<typeof ProjectIdeaSchema>;

/** An extra question and answer shown after the standard FAQ. */
export const FaqEntrySchema = z.strictObject({
  /** The question, ending with a question mark. */
  q: text(10, 200).regex(/\?$/, { error: "expected the question to end with '?'" }),
  /** The answer, plain text, 1–4 sentences. */
  a: text(20, 800),
});
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/** The AI automation risk rating, decided as the methodology page describes. */
export const RiskSchema = z
  .strictObject({
    /** The band: low | medium | high | very-high. */
    level: z.enum(RISK_LEVELS),
    /**
     * Estimated share (0–100) of the role's core working time spent on tasks AI can already do end to
     * end. It decides the band: low < 20 ≤ medium < 40 ≤ high < 60 ≤ very-high.
     */
    automatableShare: z.number().int().min(0).max(100),
    /** One line on why, shown under the rating. */
    reason: text(20, 220),
  })
  .superRefine((risk, ctx) => {
    // Note: zod still runs this when the share itself failed (e.g. 130); that problem is reported already.
    if (!Number.isInteger(risk.automatableShare) || risk.automatableShare < 0 || risk.automatableShare > 100) return;
    const expected = bandForShare(risk.automatableShare);
    if (expected !== risk.level) {
      const band = RISK_BANDS[expected];
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: `an automatable share of ${risk.automatableShare}% falls in band "${expected}" (${band.min}–${Math.min(band.max - 1, 100)}%), not "${risk.level}": change the level or the share (see /methodology)`,
      });
    }
  });
export type Risk = z.infer<typeof RiskSchema>;

/** The frontmatter of `content/roles/<slug>.md`. The markdown body below it is the narrative. */
export const RoleFrontmatterSchema = z.strictObject({
  /** Display name, e.g. "Software Developer — Backend / API". */
  title: text(3, 90),
  /** Slug of the broader role this one specialises, e.g. `software-developer`. Omit for top-level roles. */
  parent: SlugSchema.optional(),
  /** Slug of a category defined in `content/categories.yml`. */
  category: SlugSchema,
  /** Other names people search for: "SWE", "programmer", "bookkeeper"… At least one. */
  aliases: z.array(text(2, 60)).min(1),
  /** O*NET-SOC codes of the occupation(s) this role belongs to, e.g. 15-1252.00. At least one. */
  onet: z.array(OnetCodeSchema).min(1),
  /** One or two sentences for search results and the meta description (50–200 characters; ≤ 160 reads best). */
  description: text(50, 200),
  /** The AI automation risk rating. */
  risk: RiskSchema,
  /** Tasks AI is automating (at least 3, or fewer with `automatingNote` saying why). */
  automating: z.array(AutomatedTaskSchema).max(10),
  /**
   * Why this role lists fewer than three automated tasks, shown under the list, e.g. "Almost all of the
   * work is physical; the only tasks software does end to end are…". Required when there are fewer.
   */
  automatingNote: text(40, 400).optional(),
  /** Tasks AI is augmenting while a human stays in the loop (at least 3). */
  augmenting: z.array(AugmentedTaskSchema).min(3).max(10),
  /** What the next years look like. */
  outlook: z.strictObject({
    /** The next 1–2 years. */
    near: text(80, 900),
    /** 3–5 years out. */
    far: text(80, 900),
  }),
  /** Skills to learn, in three groups. */
  skills: z.strictObject({
    /** AI tools worth learning (at least 2, or fewer with `aiToolsNote` saying why). */
    aiTools: z.array(AiToolSchema).max(10),
    /** Why this role lists fewer than two AI tools, shown under the list. Required when there are fewer. */
    aiToolsNote: text(40, 400).optional(),
    /** Technical skills (at least 3). */
    technical: z.array(text(3, 120)).min(3).max(12),
    /** Human skills (at least 3). */
    human: z.array(text(3, 120)).min(3).max(12),
  }),
  /** How to position yourself: one or two paragraphs of practical advice. */
  positioning: text(100, 1500),
  /** Extra FAQ entries shown after the standard questions. */
  faq: z.array(FaqEntrySchema).default([]),
  /** Slugs of related roles (not parent or siblings, which are linked anyway). */
  related: z.array(SlugSchema).default([]),
  /** Slugs of related articles in `content/articles/`. */
  reading: z.array(SlugSchema).default([]),
  /** Role-specific practice projects for the 12-week plan. */
  projects: z.array(ProjectIdeaSchema).default([]),
  /**
   * The sources of this profile's claims about tools, vendors, adoption and regulation: at least two,
   * specific to the role. The research datasets are credited by the Evidence section, not here.
   */
  sources: z.array(SourceSchema).min(2),
  /**
   * Why the band differs from where the research places the occupation, specific to this role; shown
   * in the Evidence section's comparison. Required when they are two or more steps apart.
   */
  researchNote: text(80, 700).optional(),
  /** Former slugs of this role; their URLs redirect permanently here. */
  formerSlugs: z.array(SlugSchema).default([]),
  /**
   * Dated list of notable changes, newest first. The first-published and updated dates are not written
   * here: they come from the repository's history (see CONTRIBUTING.md).
   */
  changelog: z.array(ChangeSchema).default([]),
  /** A draft is validated but not published, linked or listed. */
  draft: z.boolean().default(false),
});
export type RoleFrontmatter = z.infer<typeof RoleFrontmatterSchema>;

/** The frontmatter of `content/articles/<slug>.md`. */
export const ArticleFrontmatterSchema = z.strictObject({
  /** Headline. */
  title: text(10, 120),
  /** One or two sentences for search results and the meta description. */
  description: text(50, 200),
  /** Who wrote it. */
  author: text(2, 80),
  /** Slugs of the roles this article concerns (each should list the article under `reading`). */
  roles: z.array(SlugSchema).default([]),
  /** Sources the article rests on. */
  sources: z.array(SourceSchema).default([]),
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;

/** One category in `content/categories.yml`, keyed by its slug. */
export const CategorySchema = z.strictObject({
  /** Display name, e.g. "Technology". */
  title: text(3, 60),
  /** One or two sentences shown on the category page and in search results; name only roles it contains. */
  description: text(30, 320),
  /** Former slugs of this category; their /categories/<slug> URLs redirect permanently here. */
  formerSlugs: z.array(SlugSchema).default([]),
});
export type CategoryData = z.infer<typeof CategorySchema>;

/** The whole of `content/categories.yml`: a map from category slug to its data. */
export const CategoriesFileSchema = z.record(SlugSchema, CategorySchema).refine((value) => Object.keys(value).length > 0, {
  error: "expected at least one category",
});
