import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { queryFromSearch, type RawQuery } from "./assessment-params";
import { RENDER_HEADER, RENDER_QUERY_HEADER } from "./page-response";

/**
 * For the internal pages behind the assessment and plan route handlers (see lib/page-response.ts): the
 * query the route handler validated, or a 404 when the page is requested directly.
 */
export async function readRenderQuery(): Promise<RawQuery> {
  const h = await headers();
  if (h.get(RENDER_HEADER) !== "1") notFound();
  return queryFromSearch(h.get(RENDER_QUERY_HEADER) ?? "");
}
