import type { RiskLevel } from "@/lib/content/risk";
import { RISK_BANDS } from "@/lib/content/risk";

export const OG_SIZE = { width: 1200, height: 630 } as const;

const BAND_COLOUR: Record<RiskLevel, string> = { low: "#15803d", medium: "#a16207", high: "#c2410c", "very-high": "#b91c1c" };

export type OgCardProps = { eyebrow: string; title: string; level?: RiskLevel; footer: string };

/** The Open Graph card, rendered by next/og (Satori: flexbox only, inline styles). */
export function OgCard({ eyebrow, title, level, footer }: OgCardProps) {
  const band = level ? RISK_BANDS[level] : undefined;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "linear-gradient(135deg, #eef6ff 0%, #ffffff 60%)",
        color: "#0f172a",
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700, color: "#1d5fd1" }}>
        <div
          style={{
            width: 56,
            height: 56,
            borderRadius: 28,
            background: "#1d5fd1",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
          }}
        >
          <div style={{ width: 36, height: 36, borderRadius: 18, border: "4px solid white" }} />
        </div>
        Role Compass
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 32, color: "#475569" }}>{eyebrow}</div>
        <div style={{ fontSize: title.length > 40 ? 60 : 72, fontWeight: 800, lineHeight: 1.1, marginTop: 12 }}>{title}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        {band && level ? (
          <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
            <div style={{ display: "flex", gap: 8 }}>
              {[1, 2, 3, 4].map((step) => (
                <div
                  key={step}
                  style={{ width: 56, height: 18, borderRadius: 9, background: step <= band.step ? BAND_COLOUR[level] : "#e2e8f0" }}
                />
              ))}
            </div>
            <div style={{ fontSize: 36, fontWeight: 700, color: BAND_COLOUR[level] }}>{`${band.label} AI risk`}</div>
          </div>
        ) : (
          <div style={{ display: "flex" }} />
        )}
        <div style={{ fontSize: 26, color: "#475569" }}>{footer}</div>
      </div>
    </div>
  );
}
