/**
 * Screenshots of the main pages for each role, in French and English, light
 * and dark, against a running server: `tsx scripts/screenshots.ts [baseURL] [outDir]`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/browser";
import { demoUsers } from "../prisma/seed/demo-users";

const baseURL = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "screenshots";
mkdirSync(outDir, { recursive: true });

const pages: Record<string, string[]> = {
  CUSTOMER: ["/hosting", "/hosting/tickets", "/hosting/tickets/new", "/hosting/tickets/seed_ticket_008"],
  SELLER: ["/crm", "/livepulse", "/livepulse/services", "/livepulse/forms?period=30d"],
  SUPPORT: ["/crm/tickets", "/crm/tickets/seed_ticket_003", "/crm/tickets/new", "/livepulse/alerts"],
  ADMIN: [
    "/crm",
    "/admin/plans",
    "/admin/sla",
    "/livepulse/alerts",
    "/livepulse/alerts?status=all",
    "/livepulse/services",
    "/livepulse/forms",
    "/livepulse/forms?from=2019-01-01&to=2019-01-31",
  ],
};

async function shoot(page: Page, name: string) {
  // Link prefetches can keep a slow embedded database busy for a while: shoot what is there then.
  await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => undefined);
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
}

const browser = await chromium.launch(chromiumLaunchOptions);
const scheme = (process.env.SCHEME ?? "light") as "light" | "dark";
for (const locale of ["fr", "en"]) {
  const anonymous = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, colorScheme: scheme });
  await anonymous.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await anonymous.newPage();
  for (const route of ["/login", "/register", "/pricing", "/nowhere"]) {
    await page.goto(route);
    await shoot(page, `${locale}-${scheme}-anonymous${route.replaceAll("/", "-")}`);
  }
  await anonymous.close();
  for (const user of demoUsers) {
    const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, colorScheme: scheme });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
    const userPage = await context.newPage();
    await userPage.goto("/login");
    await userPage.locator("input[type=email]").fill(user.email);
    await userPage.locator("input[type=password]").fill(user.password);
    await userPage.locator("button[type=submit]").click();
    await userPage.waitForURL((url) => !url.pathname.startsWith("/login"));
    for (const route of [...pages[user.role], "/notifications"]) {
      await userPage.goto(route);
      await shoot(userPage, `${locale}-${scheme}-${user.role.toLowerCase()}${route.replaceAll("/", "-")}`);
    }
    // The bell, open, over the role's home page.
    await userPage.goto(pages[user.role][0]);
    // Clicked once hydrated, when the trigger reacts.
    await userPage.locator('button[aria-label^="Notifications"][data-ready]').click();
    await userPage.getByTestId("notifications-menu").waitFor();
    await userPage.waitForTimeout(300);
    await userPage.screenshot({ path: path.join(outDir, `${locale}-${scheme}-${user.role.toLowerCase()}-bell.png`) });
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${outDir}`);
