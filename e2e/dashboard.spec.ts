import { expect, test } from "./fixtures";
import { login } from "./support";

test("a seller sees the KPIs with their change, the pipeline, their day and the charts, in French", { tag: "@smoke" }, async ({ page }) => {
  await login(page, "SELLER");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");

  const kpis = page.getByTestId("kpis");
  for (const label of [
    "Nouveaux leads",
    "Taux de conversion",
    "Valeur du pipeline",
    "Gagné ce mois-ci",
    "Tickets ouverts",
    "Tâches en retard",
  ]) {
    await expect(kpis.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(kpis.getByTestId("kpi-change").first()).toContainText(/vs 30 jours précédents/);
  await expect(page.getByTestId("pipeline-summary")).toContainText("Qualifié");
  await expect(page.getByRole("heading", { name: "Ma journée" })).toBeVisible();
  await expect(page.getByTestId("recent-leads").getByRole("row").nth(1).getByRole("link")).toHaveAttribute("href", /^\/crm\/leads\/.+/);

  // The charts stream in, drawn by the server: bars, and a tooltip on pointing at one.
  const leadsChart = page.getByTestId("chart-leads-per-week");
  await expect(leadsChart.locator("[data-slot=chart-bar]").first()).toBeVisible();
  await expect(page.getByTestId("chart-won-per-month").locator("[data-slot=chart]")).toBeVisible();
  await leadsChart.locator("[data-slot=chart-bar]").last().hover();
  await expect(leadsChart.getByText("Total")).toBeVisible();

  // Another period is one link away and stays in the URL; 90 days hold at least the last 30 days' leads.
  const newLeads = () => kpis.locator("[data-slot=card]").filter({ hasText: "Nouveaux leads" }).locator("p.text-2xl");
  const last30 = Number(await newLeads().textContent());
  await page.getByRole("link", { name: "90 derniers jours" }).click();
  await expect(page).toHaveURL(/\/crm\?days=90$/);
  await expect(page.getByRole("link", { name: "90 derniers jours" })).toHaveAttribute("aria-current", "page");
  expect(Number(await newLeads().textContent())).toBeGreaterThanOrEqual(last30);
});

test("support is sent from the sales dashboard to the tickets queue", async ({ page }) => {
  await login(page, "SUPPORT");
  await page.goto("/crm");
  await expect(page).toHaveURL(/\/crm\/tickets$/);
});

test("an admin searches the customers, opens one, and an unknown customer answers 404", async ({ page }) => {
  await login(page, "ADMIN");
  await page.goto("/crm/customers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clients");
  await expect(page.getByRole("columnheader", { name: /valeur client/i })).toBeVisible();

  await page.getByRole("searchbox", { name: "Rechercher un client" }).fill("girard");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/crm\/customers\?q=girard$/);
  await expect(page.getByTestId("customer-count")).toHaveText("1 client pour « girard »");
  await page.getByRole("link", { name: "Thomas Girard" }).click();

  await expect(page).toHaveURL(/\/crm\/customers\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thomas Girard");
  await expect(page.getByText("Boulangerie Girard", { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId("customer-figures")).toContainText("Valeur client");
  await expect(page.getByRole("heading", { name: /demandes d'hébergement/i })).toBeVisible();

  const missing = await page.goto("/crm/customers/no-such-customer");
  expect(missing?.status()).toBe(404);
});

test("the conversion API answers 422 in the error shape for bad dates, 403 to a customer", async ({ page, browser }) => {
  await login(page, "SELLER");
  const ok = await page.request.get("/api/crm/analytics/conversion?by=source");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).groups).toHaveLength(7);

  const bad = await page.request.get("/api/crm/analytics/conversion?by=source&from=2026-02-30&to=2026-01-01");
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({
    error: { code: "VALIDATION", message: expect.any(String), fields: { from: ["invalidDate"] } },
  });
  const reversed = await page.request.get("/api/crm/analytics/conversion?by=source&from=2026-03-01&to=2026-01-01");
  expect(reversed.status()).toBe(422);
  expect((await reversed.json()).error.fields).toEqual({ from: ["fromAfterTo"] });

  const customerContext = await browser.newContext({ locale: "fr-FR" });
  const customer = await customerContext.newPage();
  await login(customer, "CUSTOMER");
  const refused = await customer.request.get("/api/crm/analytics/conversion?by=source");
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.any(String) } });
  expect((await customer.request.get("/api/crm/analytics/overview")).status()).toBe(403);
  await customerContext.close();
});
