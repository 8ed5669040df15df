export type LogoProps = { className?: string };

/** The compass mark; decorative next to the site name, so hidden from assistive technology. */
export function Logo({ className }: LogoProps) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#1d5fd1" />
      <circle cx="16" cy="16" r="11" fill="none" stroke="#fff" strokeWidth="2" />
      <path d="M16 6l3.2 10H12.8z" fill="#fff" />
      <path d="M16 26l-3.2-10h6.4z" fill="#9cc3ff" />
    </svg>
  );
}
