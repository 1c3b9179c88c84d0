import { expect, test } from "./fixtures";
import { login } from "./support";

test("a customer creates an API token, copies it, calls the API with it, then revokes it", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await login(page, "CUSTOMER");
  await page.goto("/account/tokens");
  await expect(page.getByRole("heading", { name: "Jetons d’API", level: 1 })).toBeVisible();

  const name = `Script e2e ${Date.now()}`;
  await page.getByRole("button", { name: "Nouveau jeton" }).first().click();
  const form = page.getByRole("dialog");
  await form.getByLabel("Nom").fill(name);
  await form.getByRole("radio", { name: "90 jours" }).click();
  await form.getByRole("checkbox", { name: /Votre compte/ }).click();
  await form.getByRole("button", { name: "Créer le jeton" }).click();

  // The secret, once, with its warning and a copy button.
  const shown = page.getByRole("alertdialog");
  await expect(shown).toContainText("C’est la seule fois que le jeton est affiché.");
  const token = await shown.getByLabel(`Jeton « ${name} »`).inputValue();
  expect(token).toMatch(/^orb_[0-9A-Za-z]{40}$/);
  await shown.getByRole("button", { name: "Copier" }).click();
  await expect(page.getByText("Jeton copié.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await shown.getByRole("button", { name: "Je l’ai copié" }).click();

  const authorization = `Bearer ${token}`;
  const me = await request.get("/api/me", { headers: { authorization } });
  expect(me.status()).toBe(200);
  expect((await me.json()).role).toBe("CUSTOMER");

  // Listed by name and prefix, never the secret; revoked after confirming.
  const row = page.getByTestId("api-token").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 12));
  await expect(page.getByText(token)).toHaveCount(0);
  await row.getByRole("button", { name: `Révoquer le jeton ${name}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Révoquer ce jeton ?");
  await confirm.getByRole("button", { name: "Révoquer" }).click();
  await expect(page.getByText("Jeton révoqué.")).toBeVisible();
  await expect(row).toContainText("Révoqué");

  expect((await request.get("/api/me", { headers: { authorization } })).status()).toBe(401);
});
