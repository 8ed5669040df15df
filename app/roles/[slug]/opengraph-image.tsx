import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "@/components/og/og-card";
import { getAllRoles, getRole } from "@/lib/content";
import { formatDate } from "@/lib/content/format";

export const size = OG_SIZE;
export const contentType = "image/png";
// Generated at build time for every role, like the pages themselves.
export const dynamicParams = false;
export function generateStaticParams() {
  return getAllRoles().map((role) => ({ slug: role.slug }));
}

export const alt = "Role Compass AI automation risk rating";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const role = getRole((await params).slug);
  if (!role) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <OgCard
      eyebrow="Will AI replace your job?"
      title={role.title}
      level={role.risk.level}
      footer={role.updated ? `Updated ${formatDate(role.updated)}` : "rolecompass"}
    />,
    size,
  );
}
