import { readdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/browser";

const browser = await chromium.launch(chromiumLaunchOptions);
for (const width of [640, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const file of readdirSync("/tmp/mail-shots").filter((f) => f.endsWith(".html"))) {
    await page.goto(`file:///tmp/mail-shots/${file}`);
    await page.screenshot({ path: `/tmp/mail-shots/${file.replace(".html", "")}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
