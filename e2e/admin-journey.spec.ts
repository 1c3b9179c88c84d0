import { expect, test, type Locator, type Page } from "./fixtures";
import { login } from "./support";

/** The open leads the dashboard's pipeline card counts in the "Nouveau" stage. */
async function newStageCount(page: Page): Promise<number> {
  await page.goto("/crm");
  const row = page.getByTestId("pipeline-summary").getByRole("listitem").filter({ hasText: "Nouveau" });
  const text = (await row.textContent()) ?? "";
  return Number(/(\d[\d\s\u202f]*)\s*leads?/.exec(text)![1].replace(/\D/g, ""));
}

/** Chooses an owner in the selection bar and waits for the confirmation. */
async function assignSelection(page: Page, owner: string, confirmation: RegExp) {
  await page.getByRole("combobox", { name: "Assigner à…" }).click();
  await page.getByRole("option", { name: owner }).click();
  await page.getByRole("button", { name: "Assigner", exact: true }).click();
  await expect(page.getByText(confirmation)).toBeVisible();
}

const rowOf = (page: Page, name: string): Locator => page.getByRole("row").filter({ hasText: name });

test("an admin manages the CRM: bulk assignment, a live reassignment, a duplicate deleted, a price, the SLA table, and the dashboard follows", async ({
  page,
  browser,
}) => {
  // Six screens in two browsers: about a minute on a quiet machine, more beside CI's other lanes.
  test.setTimeout(180_000);
  const stamp = Date.now();
  // The third is a duplicate of the first: the same person, under the same email.
  const names = [`Alpha ${stamp}`, `Bravo ${stamp}`, `Charlie ${stamp}`];
  await login(page, "ADMIN");
  const before = await newStageCount(page);

  // Three new leads, one of them a duplicate of another; the dashboard counts them.
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const email = index === 1 ? `bravo.${stamp}@example.test` : `alpha.${stamp}@example.test`;
    const created = await page.request.post("/api/crm/leads", { data: { name, email, company: `Lot ${stamp}`, valueCents: 120_000 } });
    expect(created.status()).toBe(201);
    ids.push((await created.json()).id);
  }
  expect(await newStageCount(page)).toBe(before + 3);

  // Bulk assignment: the whole page of the search goes to Lucie.
  await page.goto(`/crm/leads?q=${stamp}`);
  await expect(page.locator("tbody tr")).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Sélectionner tous les leads de la page" }).check();
  await assignSelection(page, "Lucie Fabre", /3 leads assignés/);
  for (const name of names) await expect(rowOf(page, name)).toContainText("Lucie Fabre");

  // Julien watches his own leads; the admin gives him one, and he sees it arrive without reloading.
  const seller = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await login(seller, "SELLER");
  await seller.goto(`/crm/leads?mine=1&q=${stamp}`);
  await expect(seller.getByText(names[1])).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Sélectionner ${names[1]}` }).check();
  await assignSelection(page, "Julien Moreau", /1 lead assigné/);
  await expect(rowOf(seller, names[1])).toBeVisible();
  await expect(seller.getByTestId("unread-badge")).toBeVisible();
  await seller.context().close();

  // The duplicate is deleted after a confirmation that names it; it is gone for good.
  await page.goto(`/crm/leads/${ids[2]}`);
  await page.getByRole("button", { name: "Supprimer" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Supprimer « ${names[2]} » ?` });
  await confirm.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByText("Lead supprimé.")).toBeVisible();
  expect((await page.request.get(`/api/crm/leads/${ids[2]}`)).status()).toBe(404);
  expect(await newStageCount(page)).toBe(before + 2);

  // A plan's price, which the pricing page then shows; the demo price goes back afterwards.
  const setProPrice = async (euros: string) => {
    await page.goto("/admin/plans");
    await page.getByRole("button", { name: "Modifier Pro" }).click();
    const dialog = page.getByRole("dialog", { name: "Modifier l'offre Pro" });
    await dialog.getByLabel("Prix mensuel HT").fill(euros);
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Offre Pro enregistrée.")).toBeVisible();
  };
  await setProPrice("17,49");
  await page.goto("/pricing");
  await expect(page.getByText(/17,49\s€/).first()).toBeVisible();
  await setProPrice("14,99");

  // The SLA table: a new first-response time for high priority, kept, then the seeded one back.
  const setHighFirstResponse = async (hours: string) => {
    await page.goto("/admin/sla");
    await page.getByLabel("Première réponse, priorité Haute, en heures").fill(hours);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("SLA enregistré.")).toBeVisible();
  };
  await setHighFirstResponse("3");
  await page.reload();
  await expect(page.getByLabel("Première réponse, priorité Haute, en heures")).toHaveValue("3");
  const policies = await (await page.request.get("/api/crm/sla-policies")).json();
  expect(policies.find((p: { priority: string }) => p.priority === "HIGH").firstResponseMinutes).toBe(180);
  await setHighFirstResponse("4");
});
