import { expect, test, type Page } from "./fixtures";
import { login } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

/** Moves a pipeline card `steps` columns to the right with the keyboard (Space, arrows, Space). */
async function moveRight(page: Page, leadId: string, steps: number) {
  const card = page.locator(`[data-testid="pipeline-card"][data-lead-id="${leadId}"]`);
  const announcer = page.locator("[id^='rfd-announcement']");
  await card.focus();
  await page.keyboard.press("Space");
  // The library announces each step; waiting for it keeps the keys in step with the drag.
  await expect(announcer).toContainText("soulevé");
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(announcer).toContainText("Étape");
  }
  const saved = actionDone(page);
  await page.keyboard.press("Space");
  await expect(announcer).toContainText("déposé");
  expect((await saved).ok()).toBe(true);
}

test("a seller processes a new lead: from the hosting request to won", { tag: "@smoke" }, async ({ page, browser }) => {
  test.setTimeout(150_000);
  // A new customer requests hosting; the request creates a lead.
  const stamp = Date.now();
  const email = `marc.${stamp}@example.test`;
  await page.goto("/register");
  await page.getByLabel(/nom complet/i).fill("Marc Nouveau");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill("un-mot-de-passe-solide-1");
  await page.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(page).toHaveURL(/\/hosting$/);
  const submitted = await page.request.post("/api/hosting/requests", {
    data: {
      planSlug: "pro",
      contactName: "Marc Nouveau",
      contactEmail: email,
      companyName: "Nouveau SARL",
      cpuCores: 4,
      ramGb: 8,
      storageGb: 100,
      domainOption: "REGISTER",
      domainName: `marc-${stamp}.fr`,
      ssl: true,
      backup: true,
      cdn: false,
      billingCycle: "YEARLY",
      idempotencyKey: `journey-${stamp}`,
    },
  });
  expect(submitted.status()).toBe(201);

  // The seller finds it in the leads list.
  const seller = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(seller, "SELLER");
  await seller.goto("/crm/leads");
  await seller.getByRole("searchbox", { name: "Rechercher un lead" }).fill(email);
  await expect(seller).toHaveURL(/q=marc/);
  await expect(seller.locator("tbody tr")).toHaveCount(1);
  await expect(seller.locator("tbody tr")).toContainText("Demande d'hébergement");
  await seller.getByRole("link", { name: "Marc Nouveau" }).click();
  await expect(seller.getByRole("heading", { level: 1 })).toContainText("Marc Nouveau");
  const leadId = seller.url().split("/").pop()!;

  // Logs a call.
  await seller.getByLabel("Objet").fill("Appel de qualification : 3 sites, migration en janvier");
  await seller.getByRole("button", { name: "Enregistrer l'activité" }).click();
  await expect(seller.getByTestId("lead-timeline")).toContainText("Appel de qualification");

  // Drags it to qualified, then to proposal, on the pipeline.
  await seller.goto("/crm/pipeline");
  await expect(seller.locator("[data-pipeline-board][data-ready]")).toBeAttached();
  const card = (stage: string) => seller.getByTestId(`pipeline-column-${stage}`).locator(`[data-lead-id="${leadId}"]`);
  await expect(card("NEW")).toBeVisible();
  await moveRight(seller, leadId, 2);
  await expect(card("QUALIFIED")).toBeVisible();
  await moveRight(seller, leadId, 1);
  await expect(card("PROPOSAL")).toBeVisible();

  // Marks it won: the account that requested hosting is linked, nothing is created.
  await seller.goto(`/crm/leads/${leadId}`);
  await seller.getByRole("button", { name: "Marquer gagné" }).click();
  await seller.getByRole("alertdialog").getByRole("button", { name: "Marquer gagné" }).click();
  await expect(seller.getByText("Lead gagné.")).toBeVisible();
  await expect(seller.getByRole("heading", { level: 1 })).toContainText("Gagné");
  const timeline = seller.getByTestId("lead-timeline");
  await expect(timeline).toContainText("Étape : Nouveau → Qualifié");
  await expect(timeline).toContainText("Étape : Qualifié → Proposition");
  await expect(timeline).toContainText("Étape : Proposition → Gagné");
  await expect(seller.getByRole("link", { name: "Marc Nouveau" })).toHaveAttribute("href", /\/crm\/customers\//);
});
