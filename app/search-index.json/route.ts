import { getSearchIndex } from "@/lib/search-index";
import { serializeSearchIndex } from "@/lib/search";

// Written once at build time; the header search box fetches it only when a reader starts to search.
export const dynamic = "force-static";

export function GET() {
  return Response.json(serializeSearchIndex(getSearchIndex()));
}
