export type SectionProps = {
  id: string;
  title: string;
  children: React.ReactNode;
  className?: string;
};

/** A titled page section; the heading labels the region for screen readers. */
export function Section({ id, title, children, className }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`mt-10 scroll-mt-4 ${className ?? ""}`}>
      <h2 id={`${id}-heading`} className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-white">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
