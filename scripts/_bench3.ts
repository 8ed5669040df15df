import { loadContent } from "../lib/content/load";
const root = process.argv[2]!;
const out: string[] = [];
for (let i = 0; i < 5; i++) {
  const c = process.cpuUsage(); const t = performance.now();
  loadContent(root);
  const d = process.cpuUsage(c);
  out.push(`${((d.user + d.system) / 1000).toFixed(0)}cpu/${(performance.now() - t).toFixed(0)}wall`);
}
console.log(out.join("  "));
