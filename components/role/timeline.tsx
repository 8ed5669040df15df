export type TimelineProps = { near: string; far: string };

/** The outlook as two dated steps: the next 1–2 years, then 3–5 years out. */
export function Timeline({ near, far }: TimelineProps) {
  const steps = [
    { label: "The next 1–2 years", text: near },
    { label: "3–5 years out", text: far },
  ];
  return (
    <ol className="relative space-y-6 border-l-2 border-brand-100 pl-6 dark:border-slate-700" data-testid="timeline">
      {steps.map((step) => (
        <li key={step.label} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1 -left-[33px] h-4 w-4 rounded-full border-2 border-white bg-brand-600 dark:border-slate-950 dark:bg-sky-400"
          />
          <h3 className="text-lg font-semibold text-slate-900 dark:text-white">{step.label}</h3>
          <p className="mt-1 leading-7 text-slate-800 dark:text-slate-200">{step.text}</p>
        </li>
      ))}
    </ol>
  );
}
