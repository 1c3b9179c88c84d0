/**
 * The user guides' screenshots (docs/USER_GUIDE_*.md and docs/en/USER_GUIDE_*.md):
 * `npm run docs:screenshots`.
 *
 * Starts the app itself, like scripts/e2e.ts: a production build when the sources changed since the
 * last one, a fresh embedded database (.data/docs-pglite) migrated and seeded with the demo, then
 * `next start` on DOCS_PORT (3190 by default). It signs in as each demo role, opens each page,
 * performs the UI action a step describes (opens a dialog, fills a form) and writes
 * docs/images/<locale>/<name>.png for French and English, 1280 px wide (or the shot's own width),
 * cropped to the viewport, to the part of the page the step is about, or the full page. The names are stable: running it again refreshes the
 * guides' images in place. Button names come from messages/<locale>/*.json, as the UI shows them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/browser";
import { demoUsers } from "../prisma/seed/demo-users";
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.DOCS_PORT ?? 3190);
const baseURL = `http://127.0.0.1:${port}`;
const locales = ["fr", "en"] as const;
type Locale = (typeof locales)[number];
type Role = (typeof demoUsers)[number]["role"];
/** The team's and its customers' clock: times on the pages read as the company's (maintenance at 22:00 shows 22:00). */
const timezoneId = "Europe/Paris";

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "docs-secret-docs-secret-docs-secret-docs",
  // Always the embedded database, fresh: the demo data the guides describe, and nothing else.
  PGLITE_DIR: path.join(root, ".data", "docs-pglite"),
};
delete env.DATABASE_URL;

/** The UI's own words: `label("fr", "leads", "leads.new")`. */
const catalogs = Object.fromEntries(
  locales.map((locale) => {
    const dir = path.join(root, "messages", locale);
    const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
    return [locale, Object.fromEntries(files.map((file) => [file.slice(0, -5), JSON.parse(readFileSync(path.join(dir, file), "utf8"))]))];
  }),
) as Record<Locale, Record<string, unknown>>;

function label(locale: Locale, file: string, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogs[locale][file]);
  if (typeof value !== "string") throw new Error(`No message ${locale}/${file}.json ${key}`);
  return value;
}

type Shot = {
  /** docs/images/<locale>/<name>.png */
  name: string;
  path: string;
  /** Does what the step describes; returns the part of the page to crop to, or nothing for the viewport. */
  act?: (page: Page, locale: Locale) => Promise<Locator | void>;
  /** Another window than the desktop's 1280 × 800 px: a phone's 390 px, or room for a tall dialog. */
  width?: number;
  height?: number;
  /** The whole page, top to bottom, rather than the viewport. */
  fullPage?: boolean;
};

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).first();

/** Clicks a trigger until its dialog opens (a click before hydration does nothing). */
async function openDialog(page: Page, trigger: Locator): Promise<Locator> {
  const dialog = page.getByRole("dialog").last();
  for (let attempt = 0; attempt < 10; attempt++) {
    await trigger.click();
    if (await dialog.isVisible().catch(() => false)) break;
    await page.waitForTimeout(500);
    if (await dialog.isVisible().catch(() => false)) break;
  }
  await dialog.waitFor();
  await page.waitForTimeout(400); // the opening animation
  return dialog;
}

/** Opens the dialog of the button named by `key` in messages/<locale>/<file>.json. */
const dialogOf = (file: string, key: string) => async (page: Page, locale: Locale) => {
  await openDialog(page, button(page, label(locale, file, key)));
};

const byId = (id: string) => async (page: Page) => {
  const section = page.locator(`[id="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  return section;
};

/** Opens the first link matching `selector`, as a full page load: nothing left loading. */
async function openFirst(page: Page, selector: string) {
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`No link ${selector} on ${page.url()}`);
  await page.goto(href);
  await settle(page);
}

/** A message's words before its first placeholder: "Envoyer un test à {name}" → "Envoyer un test à". */
function prefix(locale: Locale, file: string, key: string): RegExp {
  const words = label(locale, file, key).split("{")[0].trim();
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

/** The card under a heading, scrolled into view. */
async function card(page: Page, heading: string): Promise<Locator> {
  const found = page.locator('[data-slot="card"]', { has: page.getByRole("heading", { name: heading, exact: true }) }).first();
  await found.scrollIntoViewIfNeeded();
  return found;
}

const shots: Record<Role | "ANONYMOUS", Shot[]> = {
  ANONYMOUS: [
    { name: "hosting-pricing-plans", path: "/pricing" },
    { name: "hosting-pricing-compare", path: "/pricing", act: async (page) => page.locator('section[aria-labelledby="compare-title"]') },
    { name: "hosting-pricing-calculator", path: "/pricing", act: byId("calculator") },
    { name: "hosting-register", path: "/register" },
    { name: "hosting-login", path: "/login" },
    { name: "hosting-forgot-password", path: "/forgot-password" },
    { name: "status-page-desktop", path: "/status", fullPage: true },
    { name: "status-page-mobile", path: "/status", width: 390, fullPage: true },
    {
      name: "status-page-maintenance",
      path: "/status",
      act: async (page) => page.getByTestId("status-maintenance-upcoming"),
    },
  ],
  CUSTOMER: [
    { name: "hosting-portal", path: "/hosting" },
    { name: "hosting-request-form", path: "/hosting/request" },
    {
      name: "hosting-request-detail",
      path: "/hosting",
      act: (page) => openFirst(page, 'main a[href^="/hosting/requests/"]'),
    },
    { name: "hosting-tickets", path: "/hosting/tickets" },
    { name: "hosting-ticket-new", path: "/hosting/tickets/new" },
    { name: "hosting-ticket-detail", path: "/hosting/tickets/seed_ticket_008" },
    { name: "hosting-account-profile", path: "/account", act: byId("profile") },
    { name: "hosting-account-password", path: "/account", act: byId("password") },
    { name: "hosting-account-email", path: "/account", act: byId("email") },
    { name: "hosting-account-sessions", path: "/account", act: byId("sessions") },
    {
      name: "hosting-api-token-new",
      path: "/account/tokens",
      act: dialogOf("tokens", "apiTokens.create"),
    },
    { name: "hosting-status-page", path: "/status" },
    {
      name: "hosting-maintenance-banner",
      path: "/hosting",
      act: async (page) => page.getByTestId("maintenance-banner").first(),
    },
    { name: "hosting-incident-banner", path: "/hosting", act: async (page) => page.getByTestId("incident-banner") },
  ],
  SELLER: [
    { name: "crm-dashboard", path: "/crm" },
    { name: "crm-leads", path: "/crm/leads" },
    {
      name: "crm-lead-new",
      path: "/crm/leads",
      act: dialogOf("leads", "leads.new"),
    },
    { name: "crm-pipeline", path: "/crm/pipeline" },
    { name: "crm-lead-detail", path: "/crm/leads/seed_lead_c02" },
    {
      name: "crm-lead-activity",
      path: "/crm/leads/seed_lead_c02",
      act: async (page, locale) => card(page, label(locale, "leads", "leads.timeline.title")),
    },
    {
      name: "crm-lead-lost",
      path: "/crm/leads/seed_lead_c02",
      act: dialogOf("leads", "leads.detail.markLost"),
    },
    { name: "crm-requests", path: "/crm/requests" },
    {
      name: "crm-request-status",
      path: "/hosting/requests/seed_req_001",
      act: async (page, locale) => card(page, label(locale, "hosting", "requestDetail.changeStatus")),
    },
    { name: "crm-customers", path: "/crm/customers" },
  ],
  SUPPORT: [
    { name: "crm-tickets", path: "/crm/tickets" },
    { name: "crm-ticket-detail", path: "/crm/tickets/seed_ticket_003" },
    { name: "livepulse-overview", path: "/livepulse" },
    { name: "livepulse-forms", path: "/livepulse/forms?period=30d" },
    {
      name: "livepulse-incident-new",
      path: "/livepulse/incidents/new",
      act: fillIncident,
    },
    { name: "livepulse-incidents", path: "/livepulse/incidents" },
    {
      name: "livepulse-incident-detail",
      path: "/livepulse/incidents",
      act: (page) => openFirst(page, 'main a[href^="/livepulse/incidents/"]:not([href$="/new"])'),
    },
    { name: "livepulse-maintenance", path: "/livepulse/maintenance" },
    {
      name: "livepulse-maintenance-new",
      path: "/livepulse/maintenance",
      act: fillMaintenance,
      height: 1100,
    },
  ],
  ADMIN: [
    { name: "crm-admin-plans", path: "/admin/plans" },
    {
      name: "crm-admin-plan-editor",
      path: "/admin/plans",
      act: dialogOf("hosting", "admin.newPlan"),
    },
    { name: "crm-admin-sla", path: "/admin/sla" },
    { name: "crm-admin-users", path: "/admin/users" },
    {
      name: "crm-admin-user-invite",
      path: "/admin/users",
      act: dialogOf("users", "users.invite"),
    },
    {
      name: "crm-admin-user-detail",
      path: "/admin/users?role=SUPPORT",
      act: (page) => openFirst(page, 'main a[href^="/admin/users/"]'),
    },
    { name: "crm-admin-audit", path: "/admin/audit" },
    { name: "crm-admin-emails", path: "/admin/emails" },
    { name: "livepulse-services", path: "/livepulse/services" },
    {
      name: "livepulse-monitor-new",
      path: "/livepulse/services",
      act: dialogOf("livepulse-services", "livepulseServices.form.new"),
    },
    {
      name: "livepulse-status-publication",
      path: "/livepulse/services",
      act: async (page) => {
        await openDialog(page, page.getByTestId("publication-open").first());
      },
    },
    { name: "livepulse-alerts", path: "/livepulse/alerts?status=all" },
    {
      name: "livepulse-alert-rule",
      path: "/livepulse/alerts",
      act: dialogOf("livepulse-alerts", "livepulseAlerts.form.new"),
    },
    {
      name: "livepulse-rule-channels",
      path: "/livepulse/alerts",
      act: async (page, locale) => {
        const rule = page.getByTestId("rule-row").first();
        return openDialog(page, rule.getByRole("button", { name: prefix(locale, "livepulse-alerts", "livepulseAlerts.form.editNamed") }));
      },
      height: 1000,
    },
    { name: "livepulse-channels", path: "/livepulse/alerts/channels" },
    {
      name: "livepulse-channel-new",
      path: "/livepulse/alerts/channels",
      act: async (page, locale) => {
        const dialog = await openDialog(page, button(page, label(locale, "livepulse-alerts", "livepulseChannels.form.new")));
        await fillChannel(page, dialog, locale);
      },
    },
    { name: "livepulse-channel-deliveries", path: "/livepulse/alerts/channels", act: byId("deliveries") },
  ],
};

const incidentTitle: Record<Locale, string> = {
  fr: "Lenteurs sur l’espace client",
  en: "Slow customer portal",
};
const incidentMessage: Record<Locale, string> = {
  fr: "Nous constatons des lenteurs et enquêtons.",
  en: "We are seeing slow pages and are investigating.",
};

/** A Slack channel: the name and address are the team's own words, the same in both languages. */
const slackChannel = { name: "Slack #ops", url: "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX" };

const maintenanceTitle: Record<Locale, string> = {
  fr: "Mise à jour du service de notifications",
  en: "Notification service update",
};
const maintenanceMessage: Record<Locale, string> = {
  fr: "Les notifications en direct peuvent arriver avec quelques minutes de retard.",
  en: "Live notifications may arrive a few minutes late.",
};

async function settle(page: Page) {
  // Link prefetches can keep a slow embedded database busy for a while: shoot what is there then.
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
  // Charts load after the page: wait for their placeholders to go.
  await page
    .locator("main .animate-pulse.rounded-md")
    .first()
    .waitFor({ state: "detached", timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

async function signIn(page: Page, role: Role) {
  const user = demoUsers.find((u) => u.role === role)!;
  await page.goto("/login");
  await page.locator("input[type=email]").fill(user.email);
  await page.locator("input[type=password]").fill(user.password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
}

/** The incident form, filled in: a title, the first published service, a first message. */
async function fillIncident(page: Page, locale: Locale) {
  await page.getByLabel(label(locale, "status", "incidents.form.title"), { exact: true }).fill(incidentTitle[locale]);
  // A click before hydration does nothing: click again until the box is ticked.
  const service = page.getByRole("checkbox").first();
  for (let attempt = 0; attempt < 10 && !(await service.isChecked()); attempt++) {
    await service.click();
    await page.waitForTimeout(300);
  }
  await page.getByLabel(label(locale, "status", "incidents.form.message"), { exact: true }).fill(incidentMessage[locale]);
}

/** The new channel dialog, filled in for a Slack (or Mattermost) incoming webhook. */
async function fillChannel(page: Page, dialog: Locator, locale: Locale) {
  await dialog.getByLabel(label(locale, "livepulse-alerts", "livepulseChannels.form.name"), { exact: true }).fill(slackChannel.name);
  await dialog.getByRole("combobox", { name: label(locale, "livepulse-alerts", "livepulseChannels.form.kind") }).click();
  await page.getByRole("option", { name: label(locale, "livepulse-alerts", "alertChannelKind.SLACK"), exact: true }).click();
  await dialog.getByLabel(label(locale, "livepulse-alerts", "livepulseChannels.form.slackUrl"), { exact: true }).fill(slackChannel.url);
}

/** The maintenance dialog, filled in: a weekly window on the second published service, left out of uptime. */
async function fillMaintenance(page: Page, locale: Locale) {
  const dialog = await openDialog(page, button(page, label(locale, "status", "maintenance.new")));
  await dialog.getByLabel(label(locale, "status", "maintenance.form.title"), { exact: true }).fill(maintenanceTitle[locale]);
  await dialog.getByRole("checkbox").nth(1).check();
  await dialog.getByRole("combobox", { name: label(locale, "status", "maintenance.form.recurrence") }).click();
  await page.getByRole("option", { name: label(locale, "status", "maintenance.form.recurrenceOption.WEEKLY"), exact: true }).click();
  const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel(label(locale, "status", "maintenance.form.repeatUntil"), { exact: true }).fill(until);
  await dialog.getByRole("switch", { name: label(locale, "status", "maintenance.form.excludeFromUptime") }).click();
  await dialog.getByLabel(label(locale, "status", "maintenance.form.message"), { exact: true }).fill(maintenanceMessage[locale]);
  return dialog;
}

/**
 * What the channel and maintenance shots show, made through the UI as an admin: a Slack channel,
 * attached to the first rule; a test of each channel, for the delivery log; a weekly maintenance
 * window beside the demo's one-off one.
 */
async function prepareChannelsAndMaintenance(browser: Browser) {
  const locale = "fr";
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: "fr-FR", timezoneId });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, "ADMIN");

  await page.goto("/livepulse/alerts/channels");
  await settle(page);
  let dialog = await openDialog(page, button(page, label(locale, "livepulse-alerts", "livepulseChannels.form.new")));
  await fillChannel(page, dialog, locale);
  await dialog.getByRole("button", { name: label(locale, "livepulse-alerts", "livepulseChannels.form.create"), exact: true }).click();
  await dialog.waitFor({ state: "hidden" });

  await page.goto("/livepulse/alerts");
  await settle(page);
  dialog = await openDialog(
    page,
    page
      .getByTestId("rule-row")
      .first()
      .getByRole("button", { name: prefix(locale, "livepulse-alerts", "livepulseAlerts.form.editNamed") }),
  );
  await dialog.getByRole("checkbox", { name: slackChannel.name }).check();
  await dialog.getByRole("button", { name: label(locale, "livepulse-alerts", "livepulseAlerts.form.save"), exact: true }).click();
  await dialog.waitFor({ state: "hidden" });

  // A test of each channel: the email one is queued in the mail outbox, the Slack one posted.
  await page.goto("/livepulse/alerts/channels");
  await settle(page);
  const rows = page.getByTestId("channel-row");
  const count = await rows.count();
  for (let index = 0; index < count; index++) {
    await rows
      .nth(index)
      .getByRole("button", { name: prefix(locale, "livepulse-alerts", "livepulseChannels.test.named") })
      .click();
    await page.getByTestId("delivery-row").nth(index).waitFor({ timeout: 30_000 });
  }

  // Its first occurrence beyond the 7 days announced: the portal and the status page keep the demo's one.
  await page.goto("/livepulse/maintenance");
  await settle(page);
  dialog = await fillMaintenance(page, locale);
  const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel(label(locale, "status", "maintenance.form.startsAt"), { exact: true }).fill(`${day}T22:00`);
  await dialog.getByLabel(label(locale, "status", "maintenance.form.endsAt"), { exact: true }).fill(`${day}T23:00`);
  await dialog.getByRole("button", { name: label(locale, "status", "maintenance.form.create"), exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
  await context.close();
}

/** One open incident for the status page, the banner and the incident's page: declared as support. */
async function declareIncident(browser: Browser) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, timezoneId });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, "SUPPORT");
  await page.goto("/livepulse/incidents/new");
  await settle(page);
  await fillIncident(page, "fr");
  await button(page, label("fr", "status", "incidents.form.submit")).click();
  await page.waitForURL(/\/livepulse\/incidents\/(?!new)/, { timeout: 60_000 });
  await context.close();
}

async function shootAll(browser: Browser) {
  for (const locale of locales) {
    const outDir = path.join(root, "docs", "images", locale);
    mkdirSync(outDir, { recursive: true });
    for (const [role, list] of Object.entries(shots) as [Role | "ANONYMOUS", Shot[]][]) {
      // The browser's language too: date fields follow it when Chromium has that language (Debian: chromium-l10n).
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1280, height: 800 },
        colorScheme: "light",
        locale: locale === "fr" ? "fr-FR" : "en-GB",
        timezoneId,
      });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
      const page = await context.newPage();
      if (role !== "ANONYMOUS") await signIn(page, role);
      for (const shot of list) {
        await page.setViewportSize({ width: shot.width ?? 1280, height: shot.height ?? 800 });
        await page.goto(shot.path);
        await settle(page);
        const target = await shot.act?.(page, locale);
        const file = path.join(outDir, `${shot.name}.png`);
        // A crop of part of a page: the sticky header would cover its top.
        if (target) await page.addStyleTag({ content: "header { position: static !important; }" });
        if (target) await target.screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: shot.fullPage });
        console.log(`  ${path.relative(root, file)}`);
      }
      await context.close();
    }
  }
}

function waitForHealth(server: ChildProcess): Promise<boolean> {
  return (async () => {
    for (let attempt = 0; attempt < 480 && server.exitCode === null; attempt++) {
      try {
        if ((await fetch(`${baseURL}/api/health`)).ok) return true;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return false;
  })();
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  if (buildIsStale(root) && (await run(bin("next"), ["build"])) !== 0) return 1;
  rmSync(env.PGLITE_DIR!, { recursive: true, force: true });
  await migrateDeploy({ env, quiet: true });
  if ((await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"])) !== 0) return 1;
  const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextCli, "start", "-p", String(port)], { cwd: root, env, stdio: "ignore" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill("SIGTERM");
      process.exit(1);
    });
  }
  try {
    if (!(await waitForHealth(server))) throw new Error(`The app did not answer on ${baseURL}.`);
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      await declareIncident(browser);
      await prepareChannelsAndMaintenance(browser);
      await shootAll(browser);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill("SIGTERM");
  }
  console.log("Screenshots in docs/images/fr and docs/images/en");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
