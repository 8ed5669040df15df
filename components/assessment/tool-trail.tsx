import { Breadcrumbs } from "@/components/site/breadcrumbs";

export type ToolTrailProps = {
  category: { slug: string; title: string };
  role: { slug: string; title: string };
  /** The current page, e.g. "Assessment". */
  current: string;
  /** The current page's own URL. */
  href: string;
};

/** Home › category › role › current page, for the assessment and plan pages. */
export function ToolTrail({ category, role, current, href }: ToolTrailProps) {
  return (
    <Breadcrumbs
      items={[
        { name: "Home", href: "/" },
        { name: category.title, href: `/categories/${category.slug}` },
        { name: role.title, href: `/roles/${role.slug}` },
        { name: current, href },
      ]}
    />
  );
}
