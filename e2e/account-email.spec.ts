import { expect, test, waitForHydration, type Browser } from "./fixtures";
import { linkFromLog } from "./email-log";
import { demo, login } from "./support";

/*
 * Journeys through the email a person receives. The end-to-end server has no SMTP server: messages
 * are kept in the outbox, and the admin's delivery log (/admin/emails) is where the test reads them.
 */

const password = "un-mot-de-passe-solide-1";

/** A new customer, registered through the form in a browser of their own (signed in there). */
async function registeredCustomer(browser: Browser, name: string) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  const email = `${name.toLowerCase()}.${Date.now()}@example.test`;
  await page.goto("/register");
  await page.getByLabel(/nom complet/i).fill(`${name} Client`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill(password);
  await page.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(page).toHaveURL(/\/hosting$/);
  // Registration and the portal have different root layouts: the portal loads whole, and its controls
  // ignore a click until it has hydrated.
  await waitForHydration(page);
  return { context, page, email };
}

test("a customer who forgot the password resets it from the email", async ({ page, browser }) => {
  // Three browsers, two password hashes and a sign-in: a long journey on a busy machine.
  test.setTimeout(150_000);
  const customer = await registeredCustomer(browser, "Oubli");

  // Another browser: the login page's link, then the same answer as for any address.
  const visitor = await browser.newContext({ locale: "fr-FR" });
  const forgot = await visitor.newPage();
  await forgot.goto("/login");
  await forgot.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(forgot).toHaveURL(/\/forgot-password$/);
  // The sign-in page has its own root layout (served from cache): its link loads this page whole.
  await waitForHydration(forgot);
  await forgot.getByLabel(/adresse e-mail/i).fill("pas-un-email");
  await forgot.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(forgot.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
  await forgot.getByLabel(/adresse e-mail/i).fill(customer.email);
  await forgot.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(forgot.getByRole("status")).toContainText(`Si un compte existe avec l'adresse ${customer.email}`);

  await login(page, "ADMIN");
  const link = await linkFromLog(page, customer.email, "Réinitialiser votre mot de passe Orbite", "/reset-password?token=");

  await forgot.goto(link);
  await expect(forgot.getByRole("heading", { level: 1 })).toHaveText("Choisir un nouveau mot de passe");
  await forgot.getByLabel("Nouveau mot de passe").fill("mon-nouveau-secret-42");
  await forgot.getByLabel("Confirmez le mot de passe").fill("mon-nouveau-secret-42");
  await forgot.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(forgot).toHaveURL(/\/login$/);

  // Every session of the account ended: the browser signed in at registration is asked to sign in.
  await customer.page.goto("/hosting");
  await expect(customer.page).toHaveURL(/\/login\?callbackUrl=%2Fhosting$/);

  // The link served once.
  await forgot.goto(link);
  await expect(forgot.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne plus");

  // The new password opens the account.
  await forgot.goto("/login");
  await forgot.getByLabel(/e-mail/i).fill(customer.email);
  await forgot.getByLabel(/mot de passe/i).fill("mon-nouveau-secret-42");
  await forgot.getByRole("button", { name: /se connecter/i }).click();
  await expect(forgot).toHaveURL(/\/hosting$/);
  await visitor.close();
  await customer.context.close();
});

test("a new customer confirms the email address from the portal's banner", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const customer = await registeredCustomer(browser, "Verif");
  const banner = customer.page.getByTestId("verify-email-banner");
  await expect(banner).toContainText("Confirmez votre adresse e-mail");
  await expect(banner).toContainText(customer.email);
  await banner.getByRole("button", { name: "Renvoyer l'e-mail" }).click();
  await expect(customer.page.getByText(`E-mail envoyé à ${customer.email}.`)).toBeVisible();

  await login(page, "ADMIN");
  const link = await linkFromLog(page, customer.email, "Confirmez votre adresse e-mail", "/verify-email?token=");

  await customer.page.goto(link);
  await expect(customer.page.getByText(`Confirmez que l'adresse ${customer.email} est bien la vôtre.`)).toBeVisible();
  await customer.page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(customer.page.getByRole("status")).toContainText("Adresse confirmée");
  await customer.page.getByRole("link", { name: "Aller à mon espace" }).click();
  await expect(customer.page).toHaveURL(/\/hosting$/);
  await expect(customer.page.getByTestId("verify-email-banner")).toHaveCount(0);
  await customer.context.close();
});

test("registering with an address that has an account signs nobody in, and tells its owner", async ({ page, browser }) => {
  const owner = demo("CUSTOMER");
  const visitor = await browser.newContext({ locale: "fr-FR" });
  const form = await visitor.newPage();
  await form.goto("/register?callbackUrl=%2Fhosting%2Frequest%3Fplan%3Dpro");
  await form.getByLabel(/nom complet/i).fill("Quelqu'un d'autre");
  await form.getByLabel(/e-mail/i).fill(owner.email);
  await form.getByLabel(/mot de passe/i).fill(password);
  await form.getByRole("button", { name: /créer mon compte/i }).click();
  // The same answer as a new address (go where you were going); there, sign in first.
  await expect(form).toHaveURL(/\/login\?callbackUrl=%2Fhosting%2Frequest%3Fplan%3Dpro$/);
  await visitor.close();

  await login(page, "ADMIN");
  await page.goto("/admin/emails");
  await expect(
    page.getByRole("row").filter({ hasText: owner.email }).filter({ hasText: "Une inscription a été tentée avec votre adresse" }),
  ).not.toHaveCount(0);
});
