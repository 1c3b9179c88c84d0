import { expect, test, waitForHydration, type Browser, type Page } from "./fixtures";

/** A customer of their own, so that changing the password touches no other journey's demo account. */
async function register(page: Page, email: string, password: string) {
  await page.goto("/register");
  await page.getByLabel(/nom complet/i).fill("Inès Comptes");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill(password);
  await page.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(page).toHaveURL(/\/hosting$/, { timeout: 30_000 });
  // Registration and the portal have different root layouts: the portal loads whole, and its controls
  // ignore a click until it has hydrated.
  await waitForHydration(page);
}

/** Another browser of the same person: a context of its own, signed in with the login form. */
async function signInElsewhere(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await page.goto("/login");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/mot de passe/i).fill(password);
  await page.getByRole("button", { name: /se connecter/i }).click();
  await expect(page).toHaveURL(/\/hosting$/, { timeout: 30_000 });
  // The sign-in page and the portal have different root layouts (see register).
  await waitForHydration(page);
  return page;
}

const sessions = (page: Page) => page.getByTestId("account-session");

test("a person signs another browser out from the list, then changes the password, which signs it out again", async ({ page, browser }) => {
  // Five sign-ins and two password changes: each hashes a password, slow on purpose.
  test.setTimeout(240_000);
  const email = `ines.${Date.now()}@example.test`;
  await register(page, email, "premier-mot-de-passe-1");
  let other = await signInElsewhere(browser, email, "premier-mot-de-passe-1");

  // The user menu leads to the account page; both sessions are listed, this one marked.
  await page.getByRole("button", { name: /menu du compte/i }).click();
  await page.getByRole("menuitem", { name: /mon compte/i }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Mon compte", level: 1 })).toBeVisible();
  await expect(sessions(page)).toHaveCount(2);
  await expect(sessions(page).first()).toContainText("Cet appareil");

  // Sign the other one out from the list, after confirming.
  await sessions(page)
    .nth(1)
    .getByRole("button", { name: /déconnecter la session/i })
    .click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Déconnecter cette session ?");
  await confirm.getByRole("button", { name: "Déconnecter" }).click();
  await expect(page.getByText("Session déconnectée.")).toBeVisible();
  await expect(sessions(page)).toHaveCount(1);
  await expect(page.getByText(/seul cet appareil est connecté/i)).toBeVisible();
  await other.goto("/hosting");
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();

  // Signed in again elsewhere; a wrong current password is told next to its field.
  other = await signInElsewhere(browser, email, "premier-mot-de-passe-1");
  await page.reload();
  await expect(sessions(page)).toHaveCount(2);
  await page.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot-1");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("second-mot-de-passe-2");
  await page.getByLabel("Confirmez le nouveau mot de passe").fill("second-mot-de-passe-2");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Ce n'est pas le mot de passe actuel.")).toBeVisible();

  await page.getByLabel("Mot de passe actuel").fill("premier-mot-de-passe-1");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText(/Mot de passe changé\. 1 autre session a été déconnectée\./)).toBeVisible();
  await expect(page.getByLabel("Mot de passe actuel")).toHaveValue("");

  // The other browser is signed out on its next navigation; this one goes on.
  await other.goto("/hosting");
  await expect(other).toHaveURL(/\/login/);
  await page.reload();
  await expect(sessions(page)).toHaveCount(1);

  // The new password signs in.
  await other.context().close();
  other = await signInElsewhere(browser, email, "second-mot-de-passe-2");
  await other.context().close();
});

test("the profile is saved with its errors next to the fields, and its language switches the interface", async ({ page }) => {
  test.setTimeout(150_000);
  await register(page, `jules.${Date.now()}@example.test`, "un-mot-de-passe-1");
  await page.goto("/account");
  // Incidents and maintenance news is opt-in: ticked here, kept after a reload.
  const incidents = page.getByRole("checkbox", { name: "Incidents et maintenances" });
  await expect(incidents).not.toBeChecked();
  await incidents.click();
  await page.getByRole("button", { name: "Mettre à jour mes préférences" }).click();
  await expect(page.getByText("Préférences e-mail enregistrées.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Incidents et maintenances" })).toBeChecked();

  await page.getByLabel("Nom complet").fill("J");
  await page.getByLabel(/téléphone/i).fill("appelez-moi");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Saisissez au moins 2 caractères.")).toBeVisible();
  await expect(page.getByText("Saisissez un numéro de téléphone valide.")).toBeVisible();

  await page.getByLabel("Nom complet").fill("Jules Profil");
  await page.getByLabel(/téléphone/i).fill("+33 1 23 45 67 89");
  await page.getByLabel(/société/i).fill("Orbite Conseil");
  await page.getByRole("combobox", { name: "Langue" }).click();
  await page.getByRole("option", { name: "English" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Jules Profil");

  await page.reload();
  await expect(page.getByLabel("Company (optional)").or(page.getByLabel(/company/i))).toHaveValue("Orbite Conseil");
  await expect(page.getByLabel(/phone/i)).toHaveValue("+33 1 23 45 67 89");
});
