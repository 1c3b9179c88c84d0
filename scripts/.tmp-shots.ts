import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/browser";
const baseURL = process.argv[2];
const routes = process.argv.slice(3);
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [locale, scheme] of [["fr", "light"], ["en", "dark"]] as const) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, colorScheme: scheme });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("input[type=email]").fill("admin@orbite.test");
  await page.locator("input[type=password]").fill("admin-demo-2026");
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  for (const route of routes) {
    await page.goto(route);
    await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/${locale}-${scheme}${route.replace(/[/?=&]/g, "-")}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
