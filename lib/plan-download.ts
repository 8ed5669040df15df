import { invalidParamsHeading, parsePlanQuery, planToQuery, queryFromSearch, todayUtc, withQuery } from "./assessment-params";
import { getRole } from "./content";
import { planToCalendar } from "./ics";
import { buildPlan } from "./plan";
import { planToMarkdown } from "./plan-markdown";
import { absoluteUrl, siteConfig } from "./site";

const PRIVATE_HEADERS = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" };

/**
 * The plan's downloads (.ics and markdown). Note: a bad query never reaches here — proxy.ts answers it
 * with the plan page's 400 (lib/request-guard.ts) so the reader sees what to fix; this check is the
 * backstop if the proxy is bypassed.
 */
export async function respondWithPlanDownload(slug: string, search: string, format: "ics" | "md", now: Date = new Date()): Promise<Response> {
  const role = getRole(slug);
  if (!role) return new Response("No such role.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const parsed = parsePlanQuery(role, queryFromSearch(search), todayUtc(now));
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
