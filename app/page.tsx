import type { Metadata } from "next";
import { HomeHero } from "@/components/home/hero";
import { CategoryGrid, FamiliesSection, RecentlyUpdated, RiskBandsOverview } from "@/components/home/home-sections";
import { JsonLd } from "@/components/seo/json-ld";
import { largestFamilies, recentlyUpdated } from "@/lib/discovery/browse";
import { getAllRoles, getCategories } from "@/lib/content";
import { groupByCategory } from "@/lib/discovery/listing";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteConfig } from "@/lib/seo/site";
import { buildHomeGraph } from "@/lib/seo/structured-data";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name} — ${siteConfig.tagline}`, description: siteConfig.description, path: "/" }),
  // The home page's title stands alone, without the "| Role Compass" template.
  title: { absolute: `${siteConfig.name} — ${siteConfig.tagline}` },
};

export default function HomePage() {
  const roles = getAllRoles();
  const groups = groupByCategory(roles, getCategories());
  const families = largestFamilies(roles, 4);
  const recent = recentlyUpdated(roles, 6);
  return (
    <>
      <JsonLd data={buildHomeGraph()} />
      <HomeHero roleCount={roles.length} />
      <CategoryGrid groups={groups} />
      <FamiliesSection families={families} />
      <RecentlyUpdated recent={recent} roles={roles} />
      <RiskBandsOverview roles={roles} />
    </>
  );
}
