import { parsePlanQuery, planToQuery, queryFromSearch, todayUtc, withQuery } from "./assessment-params";
import { getRole } from "./content";
import { planToCalendar } from "./ics";
import { buildPlan } from "./plan";
import { planToMarkdown } from "./plan-markdown";
import { PRIVATE_HEADERS, respondWithPage } from "./page-response";
import { absoluteUrl, siteConfig } from "./site";

/**
 * The plan's downloads (.ics and markdown). A bad query or an unknown role gets the same 400 or 404 page
 * as the plan itself, so a reader who follows a broken download link sees what to fix.
 */
export async function respondWithPlanDownload(request: Request, slug: string, search: string, format: "ics" | "md", now: Date = new Date()): Promise<Response> {
  const role = getRole(slug);
  const parsed = role ? parsePlanQuery(role, queryFromSearch(search), todayUtc(now)) : undefined;
  if (!role || !parsed?.ok) return respondWithPage(request, `/roles/${encodeURIComponent(slug)}/render/plan`, search, 400);

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
