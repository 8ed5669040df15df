import { serializeJsonLd } from "@/lib/seo/structured-data";

export type JsonLdProps = { data: unknown };

/** Structured data for crawlers, in the server-rendered HTML. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
