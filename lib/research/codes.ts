/**
 * Occupation codes and how the datasets are joined.
 *
 * O*NET-SOC codes (`15-1252.00`) are SOC 2018 codes with a two-digit suffix for O*NET's finer
 * occupations; dropping the suffix gives the SOC code (`15-1252`). Several O*NET-SOC codes can share
 * one SOC code (`15-1299.08` and `15-1299.09` are both `15-1299`).
 */

const ONET_SOC = /^(\d{2})-(\d{4})\.(\d{2})$/;

/** `15-1252.00` → `15-1252`. Throws on anything that is not an O*NET-SOC code. */
export function onetToSoc(code: string): string {
  const match = ONET_SOC.exec(code);
  if (!match) throw new RangeError(`not an O*NET-SOC code: ${JSON.stringify(code)}`);
  return `${match[1]}-${match[2]}`;
}

/** The 2-digit SOC major group of an O*NET-SOC or SOC code: `15-1252.00` → `15`. */
export function majorGroupOf(code: string): string {
  return code.slice(0, 2);
}

/**
 * SOC codes that BLS Occupational Employment and Wage Statistics (OEWS) publishes only inside a
 * combined code, as the BLS O*NET-SOC to SOC crosswalk lists them
 * (https://www.bls.gov/emp/classifications-crosswalks/nem-onet-to-soc-crosswalk.xlsx). Tomlinson et al.
 * used the same crosswalk, so their scores use the same combined codes. The unit tests check that
 * every target exists in the shipped BLS file.
 */
export const OEWS_COMBINED_CODES: Readonly<Record<string, string>> = {
  "13-1021": "13-1020",
  "13-1022": "13-1020",
  "13-1023": "13-1020",
  "13-2022": "13-2020",
  "13-2023": "13-2020",
  "21-1011": "21-1018",
  "21-1014": "21-1018",
  "25-2055": "25-2052",
  "25-2056": "25-2052",
  "25-9042": "25-9045",
  "25-9043": "25-9045",
  "29-2011": "29-2010",
  "29-2012": "29-2010",
  "31-1121": "31-1120",
  "31-1122": "31-1120",
  "39-7011": "39-7010",
  "39-7012": "39-7010",
  "47-4091": "47-4090",
  "47-4099": "47-4090",
  "51-2022": "51-2028",
  "51-2023": "51-2028",
  "51-2092": "51-2090",
  "53-1042": "53-1047",
  "53-1043": "53-1047",
  "53-1044": "53-1047",
};

/**
 * The code under which a SOC-keyed dataset (BLS OEWS, Tomlinson et al.) holds an O*NET-SOC
 * occupation: its own SOC code if the dataset has it, else the combined OEWS code if the dataset has
 * that. `combined` says the figure covers a wider group than the occupation.
 */
export function resolveSocKey(onetCode: string, has: (soc: string) => boolean): { soc: string; combined: boolean } | undefined {
  const soc = onetToSoc(onetCode);
  if (has(soc)) return { soc, combined: false };
  const combined = OEWS_COMBINED_CODES[soc];
  if (combined && has(combined)) return { soc: combined, combined: true };
  return undefined;
}
