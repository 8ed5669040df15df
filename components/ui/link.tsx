import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's internal link: Next's client-side navigation, without prefetching.
 *
 * Note: by default Next fetches the RSC payload of every link that scrolls into view. A role page has
 * 40-odd links and a category page a card per role, so a reader on a phone downloaded 75 KB of payloads
 * while the page loaded (Lighthouse counted the parsing as blocking time) and hundreds more on scrolling,
 * for pages they mostly never open. Without prefetch a click fetches the one payload it needs.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
