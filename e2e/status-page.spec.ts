import { expect, test, type Page } from "./fixtures";
import { demo, login, runJob } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

test("support declares an incident from an alert; the status page and the affected customer's portal show it live, and the resolution too @realtime", async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  const stamp = Date.now();
  const publicName = `Serveurs e2e ${stamp}`;
  const ruleName = `Mémoire en panne ${stamp}`;

  // The admin publishes the memory check on the status page, for every customer (no plan).
  await login(page, "ADMIN");
  await page.goto("/livepulse/services");
  const card = page.getByTestId("monitor-card").filter({ hasText: "Mémoire" });
  await card.getByRole("button", { name: /Publication de « Mémoire »/ }).click();
  const publication = page.getByRole("dialog");
  await publication.getByLabel("Nom public (français)").fill(publicName);
  await publication.getByLabel("Nom public (anglais)").fill(`e2e servers ${stamp}`);
  const published = actionDone(page);
  await publication.getByRole("button", { name: "Enregistrer" }).click();
  expect((await published).ok()).toBe(true);
  await expect(card.getByTestId("monitor-public")).toBeVisible();

  // A rule on that monitor that always holds, evaluated now: an alert fires.
  await page.goto("/livepulse/alerts");
  await page.getByRole("button", { name: "Nouvelle règle" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nom").fill(ruleName);
  await dialog.getByLabel("Métrique").click();
  await page.getByRole("option", { name: "Moniteurs en panne" }).click();
  await dialog.getByLabel("Moniteur").click();
  await page.getByRole("option", { name: "Mémoire" }).click();
  await dialog.getByLabel("Condition").click();
  await page.getByRole("option", { name: "supérieur ou égal à" }).click();
  await dialog.getByLabel("Seuil").fill("0");
  const created = actionDone(page);
  await dialog.getByRole("button", { name: "Créer la règle" }).click();
  expect((await created).ok()).toBe(true);
  await runJob(page.request, "alert-evaluation");

  // Three browsers: support, a visitor on the status page, a customer in the portal.
  const support = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(support, "SUPPORT");
  const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await visitor.goto("/status");
  await expect(visitor.getByTestId("status-service").filter({ hasText: publicName })).toBeVisible();
  await expect(visitor.getByTestId("status-active")).toHaveCount(0);
  const customer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(customer, "CUSTOMER");
  await expect(customer.getByTestId("incident-banner")).toHaveCount(0);

  // Support declares the incident in one click from the alert: title and service come filled in.
  await support.goto("/livepulse/alerts");
  const row = support.getByTestId("alert-row").filter({ hasText: ruleName });
  await expect(row).toHaveAttribute("data-status", "FIRING");
  await row.getByRole("link", { name: `Déclarer un incident depuis l’alerte « ${ruleName} »` }).click();
  await expect(support).toHaveURL(/\/livepulse\/incidents\/new\?alert=/);
  await expect(support.getByTestId("declare-from-alert")).toContainText(ruleName);
  await expect(support.getByLabel("Titre")).toHaveValue(ruleName);
  await expect(support.getByRole("checkbox", { name: publicName })).toBeChecked();
  const title = `Serveurs indisponibles ${stamp}`;
  await support.getByLabel("Titre").fill(title);
  await support.getByLabel("Impact").click();
  await support.getByRole("option", { name: "Majeur" }).click();
  await support.getByLabel("Premier message").fill("Nous enquêtons sur une panne des serveurs.");
  const declared = actionDone(support);
  await support.getByRole("button", { name: "Déclarer l’incident" }).click();
  expect((await declared).ok()).toBe(true);
  await expect(support).toHaveURL(/\/livepulse\/incidents\/(?!new)[^/?]+$/);
  await expect(support.getByTestId("incident-update")).toHaveCount(1);
  await expect(support.getByTestId("incident-update").first()).toContainText("Nous enquêtons");
  await expect(support.getByTestId("incident-alert")).toContainText(ruleName);

  // Live, without a reload: the status page shows the outage, the customer the banner.
  const active = visitor.getByTestId("status-active").getByTestId("status-incident").filter({ hasText: title });
  await expect(active).toBeVisible();
  await expect(visitor.getByTestId("status-overall")).toHaveAttribute("data-state", "outage");
  await expect(visitor.getByTestId("status-service").filter({ hasText: publicName })).toHaveAttribute("data-state", "outage");
  const banner = customer.getByTestId("incident-banner").filter({ hasText: title });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("link", { name: "Voir l’état des services" })).toHaveAttribute("href", /\/status#incident-/);

  // The alerts page now links to the incident instead of offering to declare another.
  const incidentUrl = support.url();
  await support.goto("/livepulse/alerts");
  await expect(row.getByRole("link", { name: "Voir l’incident" })).toBeVisible();
  await support.goto(incidentUrl);

  // Support resolves it: the status page moves it to the resolved ones, the banner goes.
  await support.getByLabel("Nouvel état").click();
  await support.getByRole("option", { name: "Résolu" }).click();
  await support.getByLabel("Message").fill("Les serveurs répondent de nouveau.");
  const posted = actionDone(support);
  await support.getByRole("button", { name: "Publier", exact: true }).click();
  expect((await posted).ok()).toBe(true);
  await expect(support.getByTestId("incident-update")).toHaveCount(2);
  await expect(support.getByTestId("incident-update").first()).toContainText(/Les serveurs répondent de nouveau/);
  await expect(support.getByTestId("incident-update").first()).toContainText(demo("SUPPORT").name);

  await expect(active).toHaveCount(0);
  const resolved = visitor.getByTestId("status-resolved").getByTestId("status-incident").filter({ hasText: title });
  await expect(resolved).toHaveAttribute("data-state", "RESOLVED");
  await expect(resolved.getByTestId("status-incident-update")).toHaveCount(2);
  await expect(banner).toHaveCount(0);

  // The feed carries it, and a seller reads incidents without being offered to change them.
  const feed = await visitor.request.get("/api/status/feed.atom");
  expect(feed.ok()).toBe(true);
  expect(await feed.text()).toContain(title);
  const seller = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(seller, "SELLER");
  await seller.goto("/livepulse/incidents");
  await seller.getByRole("link", { name: title }).click();
  await expect(seller.getByTestId("incident-update-form")).toHaveCount(0);
  await expect(seller.getByRole("link", { name: "Déclarer un incident" })).toHaveCount(0);

  // Tidy up: the rule goes, after confirming.
  await page.goto("/livepulse/alerts");
  await page.getByRole("button", { name: `Supprimer la règle ${ruleName}` }).click();
  const deleted = actionDone(page);
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer" }).click();
  expect((await deleted).ok()).toBe(true);
});
