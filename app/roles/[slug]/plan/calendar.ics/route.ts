import type { NextRequest } from "next/server";
import { respondWithPlanDownload } from "@/lib/assessment/plan-download";

// The plan as an iCalendar file: one all-day event on the first day of each week.
export async function GET(request: NextRequest, ctx: RouteContext<"/roles/[slug]/plan/calendar.ics">) {
  return respondWithPlanDownload((await ctx.params).slug, request.nextUrl.search, "ics");
}
