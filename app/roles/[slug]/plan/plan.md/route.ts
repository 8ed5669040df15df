import type { NextRequest } from "next/server";
import { respondWithPlanDownload } from "@/lib/assessment/plan-download";

// The plan as a markdown checklist.
export async function GET(request: NextRequest, ctx: RouteContext<"/roles/[slug]/plan/plan.md">) {
  return respondWithPlanDownload((await ctx.params).slug, request.nextUrl.search, "md");
}
