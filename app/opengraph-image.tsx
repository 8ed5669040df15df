import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "@/components/og/og-card";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Role Compass: will AI replace my job — and what do I do about it?";

export default function Image() {
  return new ImageResponse(
    <OgCard
      eyebrow="Role by role, with sources"
      title="Will AI replace my job — and what do I do about it?"
      footer="Risk ratings · skills · 12-week plans"
    />,
    size,
  );
}
