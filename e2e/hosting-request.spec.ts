import { expect, test, waitForHydration } from "./fixtures";
import { login } from "./support";

test(
  "a customer requests hosting: pricing, choose Pro, register, configure, submit, see it in the portal",
  { tag: "@smoke" },
  async ({ page, browser }) => {
    await page.goto("/pricing");
    await page
      .getByRole("link", { name: /choisir pro/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/register\?callbackUrl=/);

    const email = `nouveau.client.${Date.now()}@example.test`;
    await page.getByLabel(/nom complet/i).fill("Hélène Nouveau");
    await page.getByLabel(/e-mail/i).fill(email);
    await page.getByLabel(/mot de passe/i).fill("un-mot-de-passe-solide-1");
    await page.getByRole("button", { name: /créer mon compte/i }).click();

    await expect(page).toHaveURL(/\/hosting\/request\?plan=pro/);
    // Registration and the request form have different root layouts: the form loads whole.
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demander un hébergement");
    await expect(page.getByLabel("Nom du contact")).toHaveValue("Hélène Nouveau");
    await expect(page.getByLabel("E-mail du contact")).toHaveValue(email);
    await expect(page.getByRole("radio", { name: /pro/i })).toBeChecked();

    await page.getByLabel("Processeurs (vCPU)").fill("4");
    await page.getByLabel("Nom de domaine").fill("pas un domaine");
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    // The refused field comes into view with its message under it, not cut at the window's edge.
    await expect(page.getByText("Saisissez un nom de domaine valide, par exemple mon-site.fr.")).toBeInViewport();
    await expect(page.getByLabel("Nom de domaine")).toBeFocused();

    await page.getByLabel("Nom de domaine").fill("helene-nouveau.fr");
    await page.getByRole("radio", { name: /annuelle/i }).click();
    const total = await page.getByTestId("request-total").textContent();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();

    await expect(page).toHaveURL(/\/hosting\/requests\/[^/?]+\?submitted=1/);
    const banner = page.getByTestId("request-submitted");
    await expect(banner).toContainText(/Demande HR-\d{4}-\d{5} envoyée/);
    const reference = (await banner.textContent())!.match(/HR-\d{4}-\d{5}/)![0];
    await expect(page.getByText(total!).first()).toBeVisible();
    await expect(page.getByTestId("request-timeline")).toContainText("Soumise");

    await page.goto("/hosting");
    const row = page.getByRole("row", { name: new RegExp(reference) });
    await expect(row).toContainText("Pro");
    await expect(row).toContainText("Soumise");

    // Its receipt is in the outbox, in the customer's language: the admin's delivery log lists it.
    const adminContext = await browser.newContext({ locale: "fr-FR" });
    const admin = await adminContext.newPage();
    await login(admin, "ADMIN");
    await admin.goto("/admin/emails");
    await expect(admin.getByRole("row").filter({ hasText: email }).filter({ hasText: reference })).toContainText(
      `Nous avons reçu votre demande d’hébergement ${reference}`,
    );
    await adminContext.close();
  },
);

test("the request form keeps a draft across a reload", async ({ page }) => {
  await login(page, "CUSTOMER");
  await page.goto("/hosting/request?plan=starter");
  // Typed before hydration, a value would be replaced by the server's HTML and never saved.
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await page.getByLabel("Nom de domaine").fill("brouillon-garde.fr");
  await page.getByLabel("Téléphone").fill("+33 6 00 00 00 00");
  await page.reload();
  await expect(page.getByLabel("Nom de domaine")).toHaveValue("brouillon-garde.fr");
  await expect(page.getByLabel("Téléphone")).toHaveValue("+33 6 00 00 00 00");
});

test("a customer cancels a pending request after confirming, and another customer gets a 404", async ({ page, browser }) => {
  await login(page, "CUSTOMER");
  await page.goto("/hosting?status=SUBMITTED");
  await page.getByRole("link", { name: /^HR-/ }).first().click();
  await expect(page).toHaveURL(/\/hosting\/requests\//);
  const url = page.url();
  await page.getByRole("button", { name: "Annuler la demande" }).click();
  await page.getByRole("button", { name: "Garder la demande" }).click();
  await expect(page.getByRole("button", { name: "Annuler la demande" })).toBeVisible();
  await page.getByRole("button", { name: "Annuler la demande" }).click();
  await page.getByRole("button", { name: "Oui, annuler" }).click();
  await expect(page.getByTestId("request-timeline")).toContainText("Annulée");
  await expect(page.getByRole("button", { name: "Annuler la demande" })).toHaveCount(0);

  const stranger = await browser.newContext({ locale: "fr-FR" });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/register");
  await strangerPage.getByLabel(/nom complet/i).fill("Intrus Curieux");
  await strangerPage.getByLabel(/e-mail/i).fill(`intrus.${Date.now()}@example.test`);
  await strangerPage.getByLabel(/mot de passe/i).fill("un-mot-de-passe-solide-2");
  await strangerPage.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(strangerPage).toHaveURL(/\/hosting$/);
  const response = await strangerPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByText("Page introuvable")).toBeVisible();
  await expect(strangerPage.getByTestId("request-timeline")).toHaveCount(0);
  const api = await strangerPage.request.get(`/api/hosting/requests/${url.split("/").pop()!.split("?")[0]}`);
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("NOT_FOUND");
  await stranger.close();
});

test("a seller moves a request along with a comment that joins the timeline", async ({ page }) => {
  await login(page, "SELLER");
  await page.getByRole("link", { name: "Demandes" }).click();
  await expect(page).toHaveURL(/\/crm\/requests$/);
  await page.getByRole("link", { name: "En étude" }).click();
  await expect(page).toHaveURL(/\/crm\/requests\?status=IN_REVIEW/);
  await page.getByRole("link", { name: /^HR-/ }).first().click();
  await page.getByRole("combobox", { name: "Nouveau statut" }).click();
  await page.getByRole("option", { name: "Devis envoyé" }).click();
  await page.getByLabel(/commentaire/i).fill("Devis de 3 ans envoyé au client.");
  await page.getByRole("button", { name: "Mettre à jour" }).click();
  await expect(page.getByTestId("request-timeline")).toContainText("Devis de 3 ans envoyé au client.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Devis envoyé");
});
