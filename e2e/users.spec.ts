import { expect, test } from "./fixtures";
import { linkFromLog } from "./email-log";
import { demo, login } from "./support";

/*
 * A new member of the team, from the admin's invitation to their first answer to a customer. The
 * invitation email is read from the admin's delivery log (no SMTP server in end-to-end runs).
 */

test("an admin invites a support agent who sets a password and answers a ticket", async ({ page, browser }) => {
  // Two browsers, a password hash and a sign-in: a long journey on a busy machine.
  test.setTimeout(240_000);
  const stamp = Date.now();
  const email = `agent.${stamp}@example.test`;
  const name = `Agathe Support ${stamp}`;
  const password = "premier-jour-support-1";

  await login(page, "ADMIN");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Utilisateurs", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Inviter" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nom complet").fill(name);
  await dialog.getByLabel("Adresse e-mail").fill(email);
  await dialog.getByRole("combobox", { name: "Rôle" }).click();
  await page.getByRole("option", { name: "Support" }).click();
  await dialog.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[^/]+$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Invité", { exact: true }).first()).toBeVisible();

  // The same address cannot be invited twice: the field says so.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Inviter" }).click();
  await dialog.getByLabel("Nom complet").fill("Doublon");
  await dialog.getByLabel("Adresse e-mail").fill(email);
  await dialog.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(dialog.getByText("Un compte existe déjà avec cette adresse.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const subject = `${demo("ADMIN").name} vous invite à rejoindre l'équipe Orbite`;
  const link = await linkFromLog(page, email, subject, "/set-password?token=");

  // The invitee, in a browser of their own.
  const context = await browser.newContext({ locale: "fr-FR" });
  const agent = await context.newPage();
  await agent.goto(link);
  await expect(agent.getByRole("heading", { level: 1 })).toHaveText("Choisir votre mot de passe");
  await agent.getByLabel("Nouveau mot de passe").fill(password);
  await agent.getByLabel("Confirmez le mot de passe").fill(password);
  await agent.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(agent).toHaveURL(/\/login$/);
  await agent.getByLabel(/e-mail/i).fill(email);
  await agent.getByLabel(/mot de passe/i).fill(password);
  await agent.getByRole("button", { name: /se connecter/i }).click();
  await expect(agent).toHaveURL(/\/crm\/tickets$/, { timeout: 30_000 });

  // From the queue, an open ticket, and a public reply.
  await agent.goto("/crm/tickets?status=OPEN");
  const ticket = agent.locator("main a[href^='/crm/tickets/']:not([href$='/new'])").first();
  await ticket.click();
  await expect(agent).toHaveURL(/\/crm\/tickets\/(?!new)[^/?]+$/);
  const reply = `Bonjour, je prends votre demande en charge (${stamp}).`;
  await agent.getByPlaceholder("Répondez au client…").fill(reply);
  await agent.getByRole("button", { name: "Envoyer" }).click();
  await expect(agent.getByTestId("public-message").filter({ hasText: reply })).toBeVisible();

  // The admin sees the account active, signed in once.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Actif")).toBeVisible();
  await context.close();
});
