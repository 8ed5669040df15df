import { toQueryRecord } from "../http/query";
import { invalidParamsHeading, parsePlanQuery, planToQuery, todayUtc, withQuery } from "./params";
import { getRole } from "../content";
import { planToCalendar } from "./calendar";
import { buildPlan } from "./plan";
import { planToMarkdown } from "./plan-markdown";
import { absoluteUrl, siteConfig } from "../seo/site";

const PRIVATE_HEADERS = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" };

/**
 * The plan's downloads (.ics and markdown). A bad query is answered here, at the download's own address,
 * with 400 and a small page saying what to fix and linking to the plan with the valid settings kept (the
 * proxy gives the same status from the same parser, lib/proxy/request-guard.ts).
 */
export async function respondWithPlanDownload(
  slug: string,
  search: string,
  format: "ics" | "md",
  now: Date = new Date(),
): Promise<Response> {
  const role = getRole(slug);
  if (!role) return new Response("No such role.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const parsed = parsePlanQuery(role, toQueryRecord(search), todayUtc(now));
  if (!parsed.ok) {
    const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const back = withQuery(`/roles/${role.slug}/plan`, parsed.kept);
    const items = parsed.errors.map((e) => `<li><code>${esc(e.field)}</code> ${esc(e.label)}: ${esc(e.message)}</li>`).join("");
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/><title>Check the plan settings | ${esc(siteConfig.name)}</title></head><body><main><p>400 — check the answers</p><h1>${esc(invalidParamsHeading(parsed.errors))}</h1><p>This download link for the ${esc(role.title)} plan has settings we cannot use:</p><ul>${items}</ul><p><a href="${esc(back)}">Open the plan with the valid settings kept</a> or <a href="/roles">browse every role</a>.</p></main></body></html>`;
    return new Response(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", ...PRIVATE_HEADERS } });
  }

  const plan = buildPlan(role, parsed.value);
  const planUrl = absoluteUrl(withQuery(`/roles/${role.slug}/plan`, planToQuery(parsed.value)));
  const name = `role-compass-plan-${role.slug}-${plan.start}`;
  const body =
    format === "ics"
      ? planToCalendar(plan, { slug: role.slug, planUrl, host: new URL(siteConfig.url).hostname, now })
      : planToMarkdown(plan, { planUrl });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": format === "ics" ? "text/calendar; charset=utf-8" : "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.${format}"`,
      ...PRIVATE_HEADERS,
    },
  });
}
