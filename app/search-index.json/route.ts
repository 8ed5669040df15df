import { getSearchIndex } from "@/lib/discovery/search-index";
import { serializeSearchIndex } from "@/lib/discovery/search";

// Written once at build time; the header search box fetches it only when a reader starts to search.
export const dynamic = "force-static";

export function GET() {
  return Response.json(serializeSearchIndex(getSearchIndex()));
}
