import type { NextRequest } from "next/server";
import { parseResultQuery, queryFromSearch } from "@/lib/assessment-params";
import { getRole } from "@/lib/content";
import { respondWithPage } from "@/lib/page-response";

// The assessment result. A route handler so that a bad query answers 400 (see lib/page-response.ts).
export async function GET(request: NextRequest, ctx: RouteContext<"/roles/[slug]/assessment/result">) {
  const { slug } = await ctx.params;
  const role = getRole(slug);
  const search = request.nextUrl.search;
  const valid = !role || parseResultQuery(role, queryFromSearch(search)).ok;
  return respondWithPage(request, `/roles/${encodeURIComponent(slug)}/render/result`, search, valid ? 200 : 400);
}
