import { NextResponse, type NextRequest } from "next/server";
import { getAllRoles, getCategories } from "@/lib/content";
import { checkRequest } from "@/lib/request-guard";

/*
 * Gives bad /compare, /roles and /search addresses a real 400 status (the page itself explains what was
 * wrong) and sends the compare picker's form submission to the canonical /compare?roles=a,b address.
 * Note: proxy runs on Node.js (the Next 16 default), so it reads the same cached content as the pages.
 */
export function proxy(request: NextRequest) {
  const roles = getAllRoles();
  const verdict = checkRequest(request.nextUrl.pathname, request.nextUrl.searchParams, {
    slugs: new Set(roles.map((r) => r.slug)),
    categories: getCategories(),
  });
  if (verdict.status === 307) return NextResponse.redirect(new URL(verdict.location, request.url), 307);
  if (verdict.status === 400) return NextResponse.next({ status: 400 });
  return NextResponse.next();
}

export const config = { matcher: ["/compare", "/roles", "/search"] };
