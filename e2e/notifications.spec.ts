import { expect, test, type Browser, type Page } from "./fixtures";
import { login, submitLogin, type DemoRole } from "./support";

async function signedIn(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(page, role);
  return page;
}

const bellButton = (page: Page) => page.getByRole("button", { name: /^Notifications — / });
/** Opens the bell once it reacts to clicks (the header hydrates after the page shows). */
async function openBell(page: Page) {
  await expect(bellButton(page)).toHaveAttribute("data-ready", "");
  await bellButton(page).click();
  await expect(page.getByTestId("notifications-menu")).toBeVisible();
}
/** Waits until the notifications page reacts to input. */
const pageReady = (page: Page) => expect(page.locator("[data-notification-center]")).toHaveAttribute("data-ready", "");
const badge = (page: Page) => page.getByTestId("unread-badge");
const badgeCount = async (page: Page) => Number((await badge(page).textContent())?.replace("+", ""));

/** The demo customer submits a request and a seller puts it in review: the customer has a fresh unread notification. */
async function requestInReview(customer: Page, seller: Page) {
  const stamp = Date.now();
  const submitted = await customer.request.post("/api/hosting/requests", {
    data: {
      planSlug: "pro",
      contactName: "Camille Client",
      contactEmail: "client@orbite.test",
      cpuCores: 4,
      ramGb: 8,
      storageGb: 100,
      domainOption: "REGISTER",
      domainName: `bell-${stamp}.fr`,
      ssl: true,
      backup: true,
      cdn: false,
      billingCycle: "YEARLY",
      idempotencyKey: `bell-${stamp}`,
    },
  });
  expect(submitted.status()).toBe(201);
  const { id, reference } = (await submitted.json()) as { id: string; reference: string };
  const changed = await seller.request.put(`/api/hosting/requests/${id}`, { data: { status: "IN_REVIEW" } });
  expect(changed.status()).toBe(200);
  return { id, reference };
}

test("the bell shows translated notifications and the badge; opening one reads it, mark all clears the badge", async ({
  page,
  browser,
}) => {
  await login(page, "CUSTOMER");
  const seller = await signedIn(browser, "SELLER");
  const { id, reference } = await requestInReview(page, seller);

  await page.reload();
  await expect(badge(page)).toBeVisible();
  const before = await badgeCount(page);
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(bellButton(page)).toHaveAccessibleName(new RegExp(`${before} notifications? non lues?`));

  await openBell(page);
  const menu = page.getByTestId("notifications-menu");
  const item = menu.getByRole("menuitem").filter({ hasText: reference });
  await expect(item).toContainText("Demande mise à jour");
  await expect(item).toContainText("Nouveau statut : En étude");
  await expect(item.locator("time")).toHaveText(/à l'instant|il y a \d+ minutes?/);
  await expect(menu.getByRole("menuitem", { name: "Voir toutes les notifications" })).toHaveAttribute("href", "/notifications");

  // Clicking an item opens its link and marks it read.
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/hosting/requests/${id}$`));
  if (before === 1) await expect(badge(page)).toHaveCount(0);
  else await expect(badge(page)).toHaveText(String(before - 1));

  // The server agrees after a reload; then mark all as read clears the badge.
  await page.reload();
  if (before > 1) {
    await expect(badge(page)).toHaveText(String(before - 1));
    await openBell(page);
    await page.getByRole("menuitem", { name: "Tout marquer comme lu" }).click();
    await expect(badge(page)).toHaveCount(0);
    await expect(page.getByTestId("notifications-menu")).toContainText("Tout est lu");
    await page.keyboard.press("Escape");
    await page.reload();
  }
  await expect(badge(page)).toHaveCount(0);
  await expect(bellButton(page)).toHaveAccessibleName("Notifications — Aucune notification non lue");

  // English labels too.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await openBell(page);
  await expect(page.getByTestId("notifications-menu").getByRole("menuitem").filter({ hasText: reference })).toContainText(
    "Request updated",
  );
  await seller.context().close();
});

test("the notifications page lists, filters unread in the URL and marks one read with the keyboard", async ({ page, browser }) => {
  // An admin gives the demo seller a new lead: the seller has an unread notification for it.
  await login(page, "SELLER");
  const me = (await (await page.request.get("/api/me")).json()) as { id: string };
  const admin = await signedIn(browser, "ADMIN");
  const name = `Lead Cloche ${Date.now()}`;
  const created = await admin.request.post("/api/crm/leads", {
    data: { name, email: `cloche.${Date.now()}@example.test`, company: "Cloche SARL", assigneeId: me.id },
  });
  expect(created.status()).toBe(201);
  await admin.context().close();

  // From the user menu to the page.
  await page.getByRole("button", { name: "Menu du compte" }).click();
  await page.getByRole("menuitem", { name: "Notifications" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const list = page.getByTestId("notification-list");
  const row = list.locator("li").filter({ hasText: name });
  await expect(row).toContainText("Lead qui vous est attribué");
  await expect(row).toContainText("Cloche SARL");
  await expect(row).toHaveAttribute("data-unread", "");

  await pageReady(page);
  // Unread only, in the URL.
  await page
    .getByRole("navigation", { name: "Filtrer les notifications" })
    .getByRole("link", { name: /Non lues/ })
    .click();
  await expect(page).toHaveURL(/\/notifications\?unread=1$/);
  await expect(list.locator("li").first()).toBeVisible();
  const unreadRows = await list.locator("li").count();
  expect(await list.locator("li[data-unread]").count()).toBe(unreadRows);
  await pageReady(page);
  const summary = page.getByText(/^\d+ non lues?$/);
  const unreadBefore = Number((await summary.textContent())!.split(" ")[0]);

  // Mark that one read from the keyboard: it leaves the unread list and the counts drop.
  await row.getByRole("button", { name: `Marquer « ${name} · Cloche SARL » comme lu` }).focus();
  await page.keyboard.press("Enter");
  await expect(row).toHaveCount(0);
  if (unreadBefore > 1) await expect(summary).toHaveText(`${unreadBefore - 1} non lue${unreadBefore - 1 > 1 ? "s" : ""}`);
  else await expect(page.getByText("Tout est lu").first()).toBeVisible();
  await expect(page.locator(":focus")).not.toHaveCount(0);

  // Back to all: the row is there, read.
  await page.getByRole("link", { name: "Toutes" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(list.locator("li").filter({ hasText: name })).not.toHaveAttribute("data-unread", "");

  // The unread filter with nothing left shows its empty state; mark all from the page.
  await page.goto("/notifications?unread=1");
  await pageReady(page);
  const markAll = page.getByRole("button", { name: "Tout marquer comme lu" });
  if ((await markAll.count()) > 0 && (await markAll.isEnabled())) await markAll.click();
  await expect(page.getByRole("heading", { name: "Tout est lu" })).toBeVisible();
  await expect(badge(page)).toHaveCount(0);
});

test("signed-out visitors are sent to the login page, and come back after it", async ({ page }) => {
  await page.goto("/notifications?unread=1");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnotifications%3Funread%3D1$/);
  const anonymous = await page.request.get("/api/notifications");
  expect(anonymous.status()).toBe(401);
  await submitLogin(page, "SUPPORT");
  await expect(page).toHaveURL(/\/notifications\?unread=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});

test("notifications and the pages they concern update live, without a reload @realtime", async ({ browser }) => {
  test.setTimeout(150_000);
  const customer = await signedIn(browser, "CUSTOMER");
  const seller = await signedIn(browser, "SELLER");
  const admin = await signedIn(browser, "ADMIN");

  // The customer watches their new request; a seller puts it in review.
  const stamp = Date.now();
  const submitted = await customer.request.post("/api/hosting/requests", {
    data: {
      planSlug: "pro",
      contactName: "Camille Client",
      contactEmail: "client@orbite.test",
      cpuCores: 4,
      ramGb: 8,
      storageGb: 100,
      domainOption: "REGISTER",
      domainName: `live-${stamp}.fr`,
      ssl: true,
      backup: true,
      cdn: false,
      billingCycle: "YEARLY",
      idempotencyKey: `live-${stamp}`,
    },
  });
  const { id, reference } = (await submitted.json()) as { id: string; reference: string };
  // Subscribed before the seller acts: a private channel on Pusher once authorized, the built-in stream once open.
  const live = customer.waitForResponse((r) => /\/api\/realtime\/(auth|stream)/.test(r.url()) && r.ok());
  await customer.goto(`/hosting/requests/${id}`);
  await expect(bellButton(customer)).toHaveAttribute("data-ready", "");
  await live;
  const before = (await badge(customer).count()) ? await badgeCount(customer) : 0;
  const comment = `Nous regardons votre configuration (${stamp}).`;
  expect((await seller.request.put(`/api/hosting/requests/${id}`, { data: { status: "IN_REVIEW", comment } })).status()).toBe(200);

  await expect(badge(customer)).toHaveText(String(before + 1));
  const toast = customer.locator("[data-sonner-toast]").filter({ hasText: reference });
  await expect(toast).toContainText("Demande mise à jour");
  await expect(toast).toContainText("Nouveau statut : En étude");
  await expect(customer.getByTestId("request-timeline")).toContainText(comment);

  // The seller's pipeline shows a lead an admin gives them, with a toast.
  await seller.goto("/crm/pipeline");
  await expect(seller.locator("[data-pipeline-board]")).toHaveAttribute("data-ready", "");
  const me = (await (await seller.request.get("/api/me")).json()) as { id: string };
  const name = `Lead en direct ${stamp}`;
  expect(
    (await admin.request.post("/api/crm/leads", { data: { name, email: `direct.${stamp}@example.test`, assigneeId: me.id } })).status(),
  ).toBe(201);
  await expect(seller.locator("[data-pipeline-board]").getByText(name)).toBeVisible();
  await expect(seller.locator("[data-sonner-toast]").filter({ hasText: name })).toContainText("Lead qui vous est attribué");

  // Marking all read in another tab clears this tab's badge.
  await expect(badge(seller)).toBeVisible();
  const other = await seller.context().newPage();
  await other.goto("/notifications");
  await pageReady(other);
  await other.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(badge(seller)).toHaveCount(0);

  for (const page of [customer, seller, admin]) await page.context().close();
});
