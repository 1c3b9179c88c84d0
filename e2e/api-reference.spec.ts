import { expect, test } from "./fixtures";
import { login } from "./support";

test("a signed-in customer reads the API reference and tries a call from it", async ({ page }) => {
  await login(page, "CUSTOMER");
  await page.goto("/docs/api#tag/plans/GET/api/hosting/plans");
  await expect(page.getByRole("heading", { name: "Référence de l’API", level: 1 })).toBeVisible();

  // The operations of the document the app serves, grouped by tag.
  const reference = page.getByRole("main").getByRole("complementary");
  await expect(reference.getByText("Hosting requests", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(reference.getByText("Tickets", { exact: true })).toBeVisible();
  const operation = page.locator('[id$="tag/plans/GET/api/hosting/plans"]');
  await expect(operation).toContainText("/api/hosting/plans");
  await expect(operation).toContainText("Anyone, signed in or not.");

  // "Test Request" with no token pasted: the call goes to this origin, with the session, and answers the plans.
  await operation.getByRole("button", { name: /Test Request/ }).click();
  const client = page.getByRole("dialog");
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/hosting/plans");
  await client.getByRole("button", { name: /Send get request/ }).click();
  const response = await answer;
  expect(response.status()).toBe(200);
  expect(response.request().headers().authorization).toBeUndefined();
  await expect(client).toContainText("200");
  await expect(client).toContainText('"plans"');
});
