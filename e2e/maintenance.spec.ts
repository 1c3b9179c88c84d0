import { expect, test } from "./fixtures";
import { login } from "./support";

test("an admin schedules maintenance; the portal shows the notice", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const title = `Remplacement des disques ${Date.now()}`;

  // The admin schedules a window tomorrow night (the form's default time) on a service every customer uses.
  await login(page, "ADMIN");
  await page.goto("/livepulse/maintenance");
  await page.getByRole("button", { name: "Planifier une maintenance" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Titre").fill(title);
  await dialog.getByRole("checkbox", { name: "Hébergement et bases de données" }).check();
  await dialog.getByRole("switch", { name: "Exclure de la disponibilité" }).click();
  await dialog.getByRole("button", { name: "Planifier", exact: true }).click();
  await expect(page.getByText("Maintenance planifiée.")).toBeVisible();
  await expect(page.getByTestId("maintenance-row").filter({ hasText: title })).toHaveAttribute("data-phase", "upcoming");

  // The customer's portal announces it, and so does the public status page.
  const customer = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await login(customer, "CUSTOMER");
  await expect(customer.getByTestId("maintenance-banner").filter({ hasText: title })).toContainText("Maintenance prévue");
  await customer.goto("/status");
  const announced = customer.getByTestId("status-maintenance").filter({ hasText: title });
  await expect(announced).toContainText("Hébergement et bases de données");
  await expect(announced).toContainText("Non comptée dans la disponibilité");
});
