import { expect, test, type Page } from "./fixtures";
import { login, runJob } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

/**
 * The number beside "Live Pulse" in the main navigation (0 when there is no badge).
 * Other rules (the seeded SLA one) may fire during the run, so journeys compare it
 * with the firing rows the page lists rather than with a fixed figure.
 */
async function badge(page: Page): Promise<number> {
  const element = page.getByRole("navigation", { name: "Navigation principale" }).getByTestId("livepulse-badge");
  return (await element.count()) === 0 ? 0 : Number(await element.textContent());
}

const firingRows = (page: Page) => page.getByTestId("alert-row").and(page.locator('[data-status="FIRING"]')).count();

test("an admin defines a rule, sees its alert fire live, acknowledges it and the badge goes down @realtime", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const name = `Toujours vrai ${Date.now()}`;
  await login(page, "ADMIN");
  await page.goto("/livepulse/alerts");

  // Support watches the same page in another browser.
  const support = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(support, "SUPPORT");
  await support.goto("/livepulse/alerts");

  // A rule that always holds: no SLA breach is never fewer than zero.
  await page.getByRole("button", { name: "Nouvelle règle" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nom").fill("ab");
  await dialog.getByRole("button", { name: "Créer la règle" }).click();
  await expect(dialog.getByText("Saisissez au moins 3 caractères.")).toBeVisible();
  await dialog.getByLabel("Nom").fill(name);
  await dialog.getByLabel("Métrique").click();
  await page.getByRole("option", { name: "Dépassements de SLA" }).click();
  await dialog.getByLabel("Condition").click();
  await page.getByRole("option", { name: "supérieur ou égal à" }).click();
  await dialog.getByLabel("Seuil").fill("0");
  const created = actionDone(page);
  await dialog.getByRole("button", { name: "Créer la règle" }).click();
  expect((await created).ok()).toBe(true);
  await expect(page.getByTestId("rule-row").filter({ hasText: name })).toBeVisible();

  // The evaluation fires it: both pages show it, and the badge counts it, without a reload.
  await runJob(page.request, "alert-evaluation");
  const row = (p: Page) => p.getByTestId("alert-row").filter({ hasText: name });
  await expect(row(page)).toHaveAttribute("data-status", "FIRING");
  await expect(row(support)).toBeVisible();
  await expect.poll(async () => (await badge(page)) === (await firingRows(page)) && (await badge(page)) > 0).toBe(true);
  await expect.poll(async () => (await badge(support)) === (await firingRows(support)) && (await badge(support)) > 0).toBe(true);

  // Support acknowledges it: who and when are shown, the badge goes down everywhere.
  const acknowledged = actionDone(support);
  await row(support).getByRole("button", { name: "Prendre en charge" }).click();
  expect((await acknowledged).ok()).toBe(true);
  await expect(row(support)).toHaveAttribute("data-status", "ACKNOWLEDGED");
  await expect(row(support)).toContainText("Prise en charge par");
  await expect(row(page)).toHaveAttribute("data-status", "ACKNOWLEDGED");
  // The badge counts what still fires, without the acknowledged one.
  await expect.poll(async () => (await badge(page)) === (await firingRows(page))).toBe(true);
  await expect.poll(async () => (await badge(support)) === (await firingRows(support))).toBe(true);

  // A seller may read alerts but not acknowledge them.
  const seller = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(seller, "SELLER");
  await seller.goto("/livepulse/alerts");
  await expect(row(seller)).toBeVisible();
  await expect(seller.getByRole("button", { name: "Prendre en charge" })).toHaveCount(0);
  await expect(seller.getByRole("button", { name: "Nouvelle règle" })).toHaveCount(0);
  const refused = await seller.request.put(`/api/livepulse/alerts/${await row(page).getAttribute("data-alert-id")}/acknowledge`);
  expect(refused.status()).toBe(403);

  // The admin deletes the rule, after confirming.
  await page.getByRole("button", { name: `Supprimer la règle ${name}` }).click();
  const deleted = actionDone(page);
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer" }).click();
  expect((await deleted).ok()).toBe(true);
  await expect(page.getByTestId("rule-row").filter({ hasText: name })).toHaveCount(0);
});

test("support raises an alert by hand: it fires with its title and who raised it; a seller cannot raise one", async ({ page, browser }) => {
  const title = `Paiements refusés ${Date.now()}`;
  await login(page, "SUPPORT");
  await page.goto("/livepulse/alerts");
  await page.getByRole("button", { name: "Lever une alerte" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Titre").fill("ab");
  await dialog.getByRole("button", { name: "Lever l’alerte" }).click();
  await expect(dialog.getByText("Saisissez au moins 3 caractères.")).toBeVisible();
  await dialog.getByLabel("Titre").fill(title);
  await dialog.getByLabel("Gravité").click();
  await page.getByRole("option", { name: "Critique" }).click();
  await dialog.getByLabel("Détails").fill("Le prestataire de paiement refuse toutes les cartes depuis 10 h.");
  const raised = actionDone(page);
  await dialog.getByRole("button", { name: "Lever l’alerte" }).click();
  expect((await raised).ok()).toBe(true);
  await expect(page.getByText("Alerte levée.")).toBeVisible();
  const row = page.getByTestId("alert-row").filter({ hasText: title });
  await expect(row).toHaveAttribute("data-status", "FIRING");
  await expect(row.getByTestId("alert-origin")).toContainText("Levée par");

  const seller = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(seller, "SELLER");
  await seller.goto("/livepulse/alerts");
  await expect(seller.getByTestId("alert-row").filter({ hasText: title })).toBeVisible();
  await expect(seller.getByRole("button", { name: "Lever une alerte" })).toHaveCount(0);
});
