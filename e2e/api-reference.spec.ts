import { expect, test } from "./fixtures";
import { login } from "./support";

test("a signed-in customer reads the API reference and tries a call from it", async ({ page }) => {
  await login(page, "CUSTOMER");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "Référence de l’API", level: 1 })).toBeVisible();

  // Every section of the API with its routes, at a glance.
  const sections = page.getByRole("navigation", { name: "Sections de l’API" });
  await expect(sections.getByRole("link", { name: /^Hosting requests/ })).toBeVisible();
  await expect(sections.getByRole("link", { name: /^Tickets/ })).toBeVisible();

  // A route leads to its section's page, where it is described in full.
  await page.getByRole("link", { name: /^GET \/api\/hosting\/plans The plans on sale/ }).click();
  await expect(page).toHaveURL(/\/docs\/api\/plans#getHostingPlans$/);
  await expect(sections.getByRole("link", { name: /^Plans/ })).toHaveAttribute("aria-current", "page");
  const operation = page.locator("#getHostingPlans");
  await expect(operation).toContainText("/api/hosting/plans");
  await expect(operation).toContainText("Anyone, signed in or not.");

  // "Try it" with no token pasted: the call goes to this origin, with the session, and answers the plans.
  await operation.getByRole("button", { name: "Essayer" }).click();
  const dialog = page.getByRole("dialog", { name: "Essayer GET /api/hosting/plans" });
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/hosting/plans");
  await dialog.getByRole("button", { name: "Envoyer" }).click();
  const response = await answer;
  expect(response.status()).toBe(200);
  expect(response.request().headers().authorization).toBeUndefined();
  await expect(dialog.getByTestId("try-answer")).toContainText("Statut 200");
  await expect(dialog.getByTestId("try-answer")).toContainText('"plans"');
});

test("trying a route asks for its path's values and shows the API's refusal", async ({ page }) => {
  await login(page, "CUSTOMER");
  await page.goto("/docs/api/hosting#getHostingRequestsById");
  const operation = page.locator("#getHostingRequestsById");
  await operation.getByRole("button", { name: "Essayer" }).click();
  const dialog = page.getByRole("dialog");

  // The request's id is required: nothing is sent without it.
  await dialog.getByRole("button", { name: "Envoyer" }).click();
  await expect(dialog.getByText("Obligatoire.")).toBeVisible();
  await expect(dialog.getByLabel("id")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByTestId("try-answer")).toHaveCount(0);

  // Another customer's request, or none: the API's 404 and its error, as it answered them.
  await dialog.getByLabel("id").fill("not-a-request");
  await dialog.getByRole("button", { name: "Envoyer" }).click();
  await expect(dialog.getByTestId("try-answer")).toContainText("Statut 404");
  await expect(dialog.getByTestId("try-answer")).toContainText('"NOT_FOUND"');
});
