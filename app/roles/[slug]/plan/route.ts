import type { NextRequest } from "next/server";
import { parsePlanQuery, queryFromSearch, todayUtc } from "@/lib/assessment-params";
import { getRole } from "@/lib/content";
import { respondWithPage } from "@/lib/page-response";

// The 12-week plan. A route handler so that a bad query answers 400 (see lib/page-response.ts).
export async function GET(request: NextRequest, ctx: RouteContext<"/roles/[slug]/plan">) {
  const { slug } = await ctx.params;
  const role = getRole(slug);
  const search = request.nextUrl.search;
  const valid = !role || parsePlanQuery(role, queryFromSearch(search), todayUtc()).ok;
  return respondWithPage(request, `/roles/${encodeURIComponent(slug)}/render/plan`, search, valid ? 200 : 400);
}
