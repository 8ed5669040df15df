import { formatDate } from "@/lib/content/format";

export type PageDatesProps = { published?: string; updated?: string };

/**
 * "First published … · Updated …", from the repository's history (lib/content/history.ts). Without
 * history there is nothing to vouch for the dates, so nothing is shown.
 */
export function PageDates({ published, updated }: PageDatesProps) {
  if (!published) return null;
  return (
    <>
      First published <time dateTime={published}>{formatDate(published)}</time>
      {updated && updated !== published && (
        <>
          {" "}
          · Updated <time dateTime={updated}>{formatDate(updated)}</time>
        </>
      )}
    </>
  );
}
