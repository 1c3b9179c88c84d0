import { expect, test } from "./fixtures";
import { login } from "./support";

test("a seller filters leads by URL-kept filters and sorts by value", async ({ page }) => {
  await login(page, "SELLER");
  await page.goto("/crm/leads");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leads");

  const filters = page.getByRole("group", { name: "Filtres" });
  await filters.getByRole("button", { name: /étape/i }).click();
  await page.getByRole("menuitemcheckbox", { name: "Nouveau" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/stage=NEW/);
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  // Stage badges only: a lead whose customer has not confirmed the address also carries one saying so.
  for (const badge of await page.locator("tbody [data-slot=badge]:not([data-testid=unverified-email])").allTextContents())
    expect(badge).toBe("Nouveau");

  await page.getByRole("button", { name: /trier par valeur/i }).click();
  await expect(page).toHaveURL(/sort=valueCents&dir=desc/);
  const values = (await page.locator("tbody td:nth-child(6)").allTextContents()).map((v) =>
    Number(v.replace(/[^\d,]/g, "").replace(",", ".")),
  );
  expect(values).toEqual([...values].sort((a, b) => b - a));

  await page.reload();
  await expect(filters.getByRole("button", { name: /étape/i })).toContainText("Nouveau");
});

test("a seller creates a lead, is warned about a similar one, logs a call and marks it lost with a reason", async ({ page }) => {
  await login(page, "SELLER");
  await page.goto("/crm/leads");
  const first = page.locator("tbody tr").first();
  const existingEmail = (await first.locator("td").nth(1).locator("span", { hasText: "@" }).last().textContent())!.trim();

  await page.getByRole("button", { name: "Nouveau lead" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nom du contact").fill("Paul Doublon");
  await dialog.getByLabel("E-mail").fill(existingEmail);
  await dialog.getByLabel(/entreprise/i).click();
  await expect(dialog.getByTestId("similar-leads")).toBeVisible();

  const email = `paul.${Date.now()}@example.test`;
  await dialog.getByLabel("E-mail").fill(email);
  await dialog.getByLabel(/valeur estimée/i).fill("1200");
  await dialog.getByRole("button", { name: "Créer le lead" }).click();
  await expect(page).toHaveURL(/\/crm\/leads\/\w+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paul Doublon");

  await page.getByLabel("Objet").fill("Appel de découverte");
  await page.getByRole("button", { name: "Enregistrer l'activité" }).click();
  const timeline = page.getByTestId("lead-timeline");
  await expect(timeline.getByText("Appel de découverte")).toBeVisible();

  await page.getByRole("button", { name: "Marquer perdu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Marquer perdu" }).click();
  await expect(page.getByText("Indiquez la raison (3 caractères au moins).")).toBeVisible();
  await page
    .getByRole("dialog")
    .getByLabel(/raison/i)
    .fill("Budget reporté à l'an prochain");
  await page.getByRole("dialog").getByRole("button", { name: "Marquer perdu" }).click();
  await expect(page.getByText("Perdu : Budget reporté à l'an prochain")).toBeVisible();
  await expect(timeline.getByText(/Étape : Nouveau → Perdu/)).toBeVisible();
});

test("support reads leads but cannot change them", async ({ page }) => {
  await login(page, "SUPPORT");
  await page.goto("/crm/leads");
  await expect(page.getByText(/lecture seule/i)).toBeVisible();
  await expect(page.getByRole("button", { name: "Nouveau lead" })).toHaveCount(0);
  await page.locator("tbody tr a").first().click();
  await expect(page.getByRole("button", { name: "Marquer gagné" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);
});

test("the leads API refuses a customer", async ({ page }) => {
  await login(page, "CUSTOMER");
  expect((await page.request.get("/api/crm/leads")).status()).toBe(403);
  expect((await page.request.get("/crm/leads")).url()).not.toContain("/crm/leads");
});

test("an unknown lead answers 404 in the API and the page; bad input answers 422 with its fields", async ({ page }) => {
  await login(page, "SELLER");
  const missing = await page.request.get("/api/crm/leads/does-not-exist");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("NOT_FOUND");
  const bad = await page.request.post("/api/crm/leads", { data: { name: "", email: "nope" } });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "name"]);
  expect((await page.request.get("/crm/leads/does-not-exist")).status()).toBe(404);
});
