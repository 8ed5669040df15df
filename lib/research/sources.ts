/**
 * The datasets behind the research figures: citation, link, licence and the credit line shown
 * wherever their figures appear (pages, downloads, methodology).
 */
export type DatasetId = "eloundou" | "tomlinson" | "bls" | "onet";

export type Dataset = {
  id: DatasetId;
  /** Short name used in labels, e.g. "Eloundou et al. (2024)". */
  short: string;
  /** Full citation. */
  citation: string;
  /** Where to read the paper or the source. */
  url: string;
  /** Where the data itself comes from. */
  dataUrl: string;
  licence: string;
  licenceUrl: string;
  /** The credit line printed beside the figures. */
  credit: string;
};

export const DATASETS: Record<DatasetId, Dataset> = {
  eloundou: {
    id: "eloundou",
    short: "Eloundou et al. (2024)",
    citation:
      "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock. GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702), 1306–1308, 2024. doi:10.1126/science.adj0998",
    url: "https://doi.org/10.1126/science.adj0998",
    dataUrl: "https://github.com/openai/GPTs-are-GPTs",
    licence: "MIT",
    licenceUrl: "https://github.com/openai/GPTs-are-GPTs/blob/main/LICENSE",
    credit:
      "Exposure scores and task labels: Eloundou, Manning, Mishkin and Rock, “GPTs are GPTs”, Science (2024); data © 2024 OpenAI, MIT licence.",
  },
  tomlinson: {
    id: "tomlinson",
    short: "Tomlinson et al. (2025)",
    citation:
      "Kiran Tomlinson, Sonia Jaffe, Will Wang, Scott Counts and Siddharth Suri. Working with AI: Measuring the Applicability of Generative AI to Occupations. arXiv:2507.07935, 2025",
    url: "https://arxiv.org/abs/2507.07935",
    dataUrl: "https://github.com/microsoft/working-with-ai",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    credit: "AI applicability scores: Tomlinson, Jaffe, Wang, Counts and Suri, “Working with AI” (2025), Microsoft Research, CC BY 4.0.",
  },
  bls: {
    id: "bls",
    short: "US BLS, OEWS May 2021",
    citation: "U.S. Bureau of Labor Statistics. Occupational Employment and Wage Statistics, national estimates, May 2021",
    url: "https://www.bls.gov/oes/2021/may/oes_nat.htm",
    dataUrl: "https://www.bls.gov/oes/tables.htm",
    licence: "Public domain",
    licenceUrl: "https://www.bls.gov/opub/copyright-information.htm",
    credit: "Employment and wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021 (public domain).",
  },
  onet: {
    id: "onet",
    short: "O*NET",
    citation: "O*NET database task statements, National Center for O*NET Development, sponsored by USDOL/ETA",
    url: "https://www.onetcenter.org/database.html",
    dataUrl: "https://www.onetcenter.org/database.html",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    credit:
      "Task statements: O*NET database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence, as published with Eloundou et al.’s labels. O*NET® is a trademark of USDOL/ETA.",
  },
};

/** The statement every page with research figures carries, as the authors ask. */
export const NOT_A_FORECAST =
  "Exposure is not a forecast of job loss. These figures say how much of an occupation's task list AI could speed up or is already used for — not whether jobs will disappear, which also depends on cost, regulation, demand and the choices employers make.";
