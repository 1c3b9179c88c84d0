import { expect, test, type Page } from "./fixtures";
import { login } from "./support";

/** Opens Pro's editor, types a monthly price in euros, saves and waits for the confirmation. */
async function setProMonthlyPrice(page: Page, euros: string) {
  await page.getByRole("button", { name: "Modifier Pro" }).click();
  const dialog = page.getByRole("dialog", { name: "Modifier l'offre Pro" });
  await expect(dialog).toBeVisible();
  const price = dialog.getByLabel("Prix mensuel HT");
  await price.fill(euros);
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Offre Pro enregistrée.")).toBeVisible();
  await expect(dialog).toBeHidden();
}

test("an admin changes a plan's price and the pricing page shows it", { tag: "@smoke" }, async ({ page }) => {
  await login(page, "ADMIN");
  await page.goto("/admin/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Offres d'hébergement" })).toBeVisible();

  // A wrong value is refused next to its field, in French, and nothing is saved.
  await page.getByRole("button", { name: "Modifier Pro" }).click();
  const dialog = page.getByRole("dialog", { name: "Modifier l'offre Pro" });
  await dialog.getByLabel("Prix mensuel HT").fill("-3");
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(dialog.getByText("La valeur ne peut pas être négative.")).toBeVisible();
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();

  await setProMonthlyPrice(page, "19,99");
  await expect(page.getByTestId("plan-row-pro")).toContainText(/19,99\s€/);

  await page.goto("/pricing");
  await expect(page.getByText(/19,99\s€/).first()).toBeVisible();

  // Put the demo price back for the specs that run after this one.
  await page.goto("/admin/plans");
  await setProMonthlyPrice(page, "14,99");
  await expect(page.getByTestId("plan-row-pro")).toContainText(/14,99\s€/);
});

test("deleting a plan that hosting requests use is refused with a clear message", async ({ page }) => {
  await login(page, "ADMIN");
  await page.goto("/admin/plans");
  await page.getByRole("button", { name: "Supprimer Pro" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Supprimer l'offre Pro ?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Supprimer" }).click();
  await expect(page.getByText(/Impossible de supprimer Pro : \d+ demandes? l'utilisen?t\. Désactivez-la plutôt\./)).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId("plan-row-pro")).toBeVisible();
});

test("the plans API: public list, writes refused to anonymous visitors in the error shape", async ({ page, request }) => {
  const list = await request.get("/api/hosting/plans");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.plans.map((p: { slug: string }) => p.slug)).toContain("pro");
  expect(body.plans.every((p: { active: boolean }) => p.active)).toBe(true);

  const one = await request.get("/api/hosting/plans/plan_pro");
  expect(one.status()).toBe(200);
  expect((await one.json()).slug).toBe("pro");
  const unknown = await request.get("/api/hosting/plans/nope");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("NOT_FOUND");

  const anonymous = await request.post("/api/hosting/plans", { data: { name: "Nope" } });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });

  const anonymousDelete = await request.delete("/api/hosting/plans/plan_pro");
  expect(anonymousDelete.status()).toBe(401);

  // Signed in as admin: bad input is a 422 with field errors, a plan in use a 409.
  await login(page, "ADMIN");
  const invalid = await page.request.post("/api/hosting/plans", { data: { ...body.plans[0], slug: "Not A Slug" } });
  expect(invalid.status()).toBe(422);
  const invalidBody = await invalid.json();
  expect(invalidBody.error.code).toBe("VALIDATION");
  expect(invalidBody.error.fields.slug).toEqual(["slugFormat"]);

  const inUse = await page.request.delete("/api/hosting/plans/plan_pro");
  expect(inUse.status()).toBe(409);
  expect((await inUse.json()).error.message).toMatch(/deactivate it instead/);

  const missing = await page.request.delete("/api/hosting/plans/nope");
  expect(missing.status()).toBe(404);
});

test("the plan editor is for admins only", async ({ page }) => {
  await login(page, "SELLER");
  const response = await page.request.post("/api/hosting/plans", { data: {} });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("FORBIDDEN");
  await page.goto("/admin/plans");
  await expect(page).not.toHaveURL(/\/admin\/plans/);
});
