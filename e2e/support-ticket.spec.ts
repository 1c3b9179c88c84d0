import { expect, test, type Page } from "./fixtures";
import { login } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

test("support resolves a ticket, live on both sides @realtime", { tag: "@smoke" }, async ({ browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const subject = `Erreur 502 sur la boutique ${stamp}`;
  const reply = `Nous avons redémarré PHP-FPM (${stamp}).`;
  const note = `Note interne : serveur web-03 saturé (${stamp}).`;

  const customer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const support = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(customer, "CUSTOMER");
  await login(support, "SUPPORT");
  // Support watches the queue, newest first.
  await support.goto("/crm/tickets?sort=number&dir=desc");
  await expect(support.getByRole("heading", { name: "Tickets", level: 1 })).toBeVisible();

  // The customer opens a ticket from the portal.
  await customer.goto("/hosting/tickets/new");
  await customer.getByLabel("Sujet").fill(subject);
  await customer.getByLabel("Description").fill("Depuis 10 h, la boutique affiche une erreur 502.");
  await customer.getByRole("button", { name: "Ouvrir le ticket" }).click();
  await expect(customer).toHaveURL(/\/hosting\/tickets\/(?!new$)[a-z0-9]+$/);
  const ticketId = customer.url().split("/").pop()!;
  await expect(customer.getByTestId("ticket-status")).toHaveText("Ouvert");

  // Support sees it appear without reloading, opens it, replies publicly and adds an internal note.
  const row = support.getByRole("link", { name: subject });
  await expect(row).toBeVisible();
  await row.click();
  await expect(support).toHaveURL(new RegExp(`/crm/tickets/${ticketId}$`));
  const replied = actionDone(support);
  await support.getByPlaceholder("Répondez au client…").fill(reply);
  await support.getByRole("button", { name: "Envoyer" }).click();
  expect((await replied).ok()).toBe(true);
  await expect(support.getByTestId("public-message").filter({ hasText: reply })).toBeVisible();

  // The reply's tabs follow the keyboard too: arrows move between them and choose.
  const noteTab = support.getByRole("tab", { name: "Note interne" });
  await noteTab.click();
  await noteTab.press("ArrowLeft");
  await expect(support.getByRole("tab", { name: "Réponse publique" })).toHaveAttribute("aria-selected", "true");
  await expect(support.getByRole("tab", { name: "Réponse publique" })).toBeFocused();
  await support.keyboard.press("End");
  await expect(noteTab).toHaveAttribute("aria-selected", "true");
  await expect(noteTab).toBeFocused();
  const noted = actionDone(support);
  await support.getByPlaceholder("Visible uniquement par l'équipe…").fill(note);
  await support.getByRole("button", { name: "Ajouter la note" }).click();
  expect((await noted).ok()).toBe(true);
  await expect(support.getByTestId("internal-note").filter({ hasText: note })).toBeVisible();

  // The customer sees the reply live, never the note.
  await expect(customer.getByTestId("public-message").filter({ hasText: reply })).toBeVisible();
  await expect(customer.getByText(note)).toHaveCount(0);

  // Support resolves it; the customer sees the new status without reloading.
  await support.getByLabel("Statut", { exact: true }).click();
  const resolved = actionDone(support);
  await support.getByRole("option", { name: "Résolu" }).click();
  expect((await resolved).ok()).toBe(true);
  await expect(customer.getByTestId("ticket-status")).toHaveText("Résolu");
  await expect(customer.getByText("Ce ticket est résolu.", { exact: false })).toBeVisible();

  // Nor does the note reach the customer through the page source or the API.
  await customer.reload();
  expect(await customer.content()).not.toContain(note);
  const api = await customer.request.get(`/api/crm/tickets/${ticketId}`);
  expect(api.ok()).toBe(true);
  const body = await api.text();
  expect(body).toContain(reply);
  expect(body).not.toContain(note);
  // And a customer cannot write one.
  const refused = await customer.request.post(`/api/crm/tickets/${ticketId}/comments`, { data: { body: "interne ?", internal: true } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN");
});

test("a customer cannot open another customer's ticket, in the portal or the API", async ({ page, browser }) => {
  await login(page, "CUSTOMER");
  // seed_ticket_002 belongs to another customer of the demo data.
  const response = await page.goto("/hosting/tickets/seed_ticket_002");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/crm/tickets/seed_ticket_002")).status()).toBe(404);
  expect((await page.request.put("/api/crm/tickets/seed_ticket_001", { data: { status: "CLOSED" } })).status()).toBe(403);
  const staff = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(staff, "SUPPORT");
  expect((await staff.request.get("/api/crm/tickets/seed_ticket_002")).status()).toBe(200);
});

test("an admin changes the SLA table and a bad value is refused next to its field", async ({ page }) => {
  await login(page, "ADMIN");
  await page.goto("/admin/sla");
  const urgentResolution = page.getByLabel("Résolution, priorité Urgente, en heures");
  await urgentResolution.fill("0.5");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("La résolution doit venir après la première réponse.")).toBeVisible();
  await urgentResolution.fill("6");
  const saved = actionDone(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  expect((await saved).ok()).toBe(true);
  await expect(page.getByText("SLA enregistré.")).toBeVisible();
  const api = await page.request.get("/api/crm/sla-policies");
  expect((await api.json()).find((p: { priority: string }) => p.priority === "URGENT").resolutionMinutes).toBe(360);
  // Put the seeded value back for the other journeys.
  await urgentResolution.fill("8");
  const restored = actionDone(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  expect((await restored).ok()).toBe(true);
});
