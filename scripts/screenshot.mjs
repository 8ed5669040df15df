// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [--full] [--at=<css selector>]
// Takes a screenshot with Debian's chromium, to look at a page as a reader would.
import { chromium } from "@playwright/test";
import browserSetup from "../tests/chromium.json" with { type: "json" };

const [url, out, width = "1280"] = process.argv.slice(2);
const full = process.argv.includes("--full");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? browserSetup.path, args: browserSetup.args });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(width) < 600 ? 844 : 900 },
  colorScheme: process.env.SCHEME ?? "light",
});
const res = await page.goto(url, { waitUntil: "networkidle" });
console.log(res?.status(), url);
const at = process.argv.find((a) => a.startsWith("--at="))?.slice(5);
if (at) await page.locator(at).first().scrollIntoViewIfNeeded();
await page.screenshot({ path: out, fullPage: full });
await browser.close();
