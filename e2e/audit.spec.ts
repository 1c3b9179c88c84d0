import { expect, test, type Page } from "./fixtures";
import { demo, login } from "./support";

/** Opens Enterprise's editor, types a monthly price in euros, saves and waits for the confirmation. */
async function setEnterprisePrice(page: Page, euros: string) {
  await page.getByRole("button", { name: "Modifier Enterprise" }).click();
  const dialog = page.getByRole("dialog", { name: "Modifier l'offre Enterprise" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Prix mensuel HT").fill(euros);
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Offre Enterprise enregistrée.")).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** Picks an option of one of the log's filters (a select named by its label). */
async function pick(page: Page, filter: string, option: string) {
  await page.getByRole("combobox", { name: filter }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("an admin finds who changed a plan's price in the audit log", async ({ page }) => {
  // Two saves in the plan editor, four filtered loads of the log and a reload: a long journey.
  test.setTimeout(150_000);
  const admin = demo("ADMIN");
  await login(page, "ADMIN");
  await page.goto("/admin/plans");
  await setEnterprisePrice(page, "52,75");

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeVisible();
  await pick(page, "Type d'objet", "Offre");
  await expect(page).toHaveURL(/entity=HostingPlan/);
  await pick(page, "Action", "Offre modifiée");
  await expect(page).toHaveURL(/action=plan\.update/);
  await pick(page, "Auteur", admin.name);
  await expect(page).toHaveURL(/actor=/);

  // The newest change first: who and what, then, opened from the keyboard, the old and new price.
  const entries = page.getByRole("list", { name: "Entrées du journal" }).getByRole("listitem");
  const first = entries.first();
  const summary = first.locator("summary");
  await expect(summary).toContainText("Offre modifiée");
  await expect(summary).toContainText(`par ${admin.name}`);
  await summary.focus();
  await page.keyboard.press("Enter");
  const price = first.getByRole("row", { name: /monthlyPriceCents/ });
  await expect(price).toBeVisible();
  await expect(price.locator("del")).toHaveText(/49,99\s€/);
  await expect(price.locator("ins")).toHaveText(/52,75\s€/);
  // Only what changed: the name stayed.
  await expect(first.getByRole("row", { name: /^name\b/ })).toHaveCount(0);

  // The filters live in the URL: reloading keeps them, and the plan's history link lands on its entries.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Action" })).toHaveText("Offre modifiée");
  await page.goto("/admin/plans");
  await page.getByRole("link", { name: "Historique : Enterprise" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entity=HostingPlan&entityId=/);
  await expect(entries.first().locator("summary")).toContainText("Offre modifiée");

  // A hand-edited link says what is wrong instead of failing.
  await page.goto("/admin/audit?entity=Invoice&from=2026-02-30");
  const problem = page.locator("[data-slot=alert]");
  await expect(problem).toContainText("Ces filtres ne sont pas valides");
  await expect(problem).toContainText("Ce type d'objet n'existe pas.");
  await expect(problem).toContainText("Cette date n'existe pas");

  // Put the demo price back for the specs that run after this one.
  await page.goto("/admin/plans");
  await setEnterprisePrice(page, "49,99");
});

const records = [
  { page: "/crm/leads/seed_lead_p01", href: "/admin/audit?entity=CRMLead&entityId=seed_lead_p01" },
  { page: "/hosting/requests/seed_req_001", href: "/admin/audit?entity=HostingRequest&entityId=seed_req_001" },
  { page: "/crm/tickets/seed_ticket_003", href: "/admin/audit?entity=CRMTicket&entityId=seed_ticket_003" },
];

test("a lead, a request and a ticket link admins to their history", async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, "ADMIN");
  for (const record of records) {
    await page.goto(record.page);
    await expect(page.getByRole("link", { name: "Historique", exact: true })).toHaveAttribute("href", record.href);
  }
});

test("the audit log and its history links are for admins only", async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, "SELLER");
  await page.goto("/admin/audit");
  await expect(page).not.toHaveURL(/\/admin\/audit/);
  expect((await page.request.get("/api/audit")).status()).toBe(403);
  expect((await page.request.get("/api/audit/export")).status()).toBe(403);
  for (const record of records) {
    await page.goto(record.page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Historique", exact: true })).toHaveCount(0);
  }
});
