// Runs Lighthouse's performance category on each URL given as an argument and prints one JSON array of
// scores (null for a run that could not load the page). Plain JavaScript, run by plain Node: Lighthouse
// sends functions into the page as source text, and a TypeScript runner's transform (tsx adds `__name`
// helpers) would break them there.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import browserSetup from "../../tests/chromium.json" with { type: "json" };

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? browserSetup.path,
  chromeFlags: ["--headless=new", ...browserSetup.args],
});
const scores = [];
const audit = (url) => lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
try {
  // One uncounted run first: a fresh browser's first trace is the one most often lost (NO_NAVSTART).
  if (process.argv[2]) await audit(process.argv[2]);
  for (const url of process.argv.slice(2)) {
    const result = await audit(url);
    scores.push(!result || result.lhr.runtimeError ? null : Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(scores));
