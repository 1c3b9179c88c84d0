import { expect, test } from "./fixtures";
import { baseURL } from "../playwright.config";
import { demo, homes, loginWithForm, submitLogin, type DemoRole } from "./support";

const headings: Record<DemoRole, RegExp> = {
  CUSTOMER: /mes demandes d'hébergement/i,
  SELLER: /tableau de bord/i,
  SUPPORT: /tickets/i,
  ADMIN: /tableau de bord/i,
};

for (const role of Object.keys(homes) as DemoRole[]) {
  test(`${role.toLowerCase()} logs in and lands on their home`, { tag: "@smoke" }, async ({ page }) => {
    await loginWithForm(page, role);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings[role]);
    await expect(page.getByRole("button", { name: /menu du compte/i })).toContainText(demo(role).name);
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel(/e-mail/i).fill(demo("SELLER").email);
  await page.getByLabel(/mot de passe/i).fill("not-the-password-1");
  await page.getByRole("button", { name: /se connecter/i }).click();
  await expect(page.getByTestId("form-error")).toHaveText(/e-mail ou mot de passe incorrect/i);
  await expect(page).toHaveURL(/\/login/);
});

test("validation errors appear next to the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel(/e-mail/i).fill("not-an-email");
  await page.getByRole("button", { name: /se connecter/i }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
  await expect(page.getByText("Ce champ est obligatoire.")).toBeVisible();
});

test("a sign-in sent before the page is interactive keeps the password out of the URL", async ({ browser }) => {
  // The page's code never arrives, as on a slow phone still loading it: the browser sends the form itself.
  const context = await browser.newContext({ locale: "fr-FR" });
  await context.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  // Opened from the page (`goto` would wait for a hydration that never comes).
  await page.evaluate((url) => window.location.assign(url), new URL("/login", baseURL).toString());
  await page.waitForURL(/\/login$/);
  await page.getByLabel(/e-mail/i).fill(demo("SELLER").email);
  await page.getByLabel(/mot de passe/i).fill(demo("SELLER").password);
  const [sent] = await Promise.all([
    page.waitForRequest((request) => request.isNavigationRequest()),
    page.getByLabel(/mot de passe/i).press("Enter"),
  ]);
  expect(sent.method()).toBe("POST");
  expect(sent.url()).not.toContain("password");
  expect(sent.url()).not.toContain(encodeURIComponent(demo("SELLER").email));
  await page.waitForLoadState("load");
  expect(page.url()).not.toContain("password");
  await expect(page.getByRole("button", { name: /se connecter/i })).toBeVisible();
  await context.close();
});

test("a customer is sent away from the CRM, LivePulse and the admin", async ({ page }) => {
  await loginWithForm(page, "CUSTOMER");
  for (const path of ["/crm", "/crm/tickets", "/livepulse", "/admin/plans"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/hosting$/);
  }
  await expect(page.getByRole("navigation", { name: /navigation principale/i }).getByRole("link")).toHaveText(["Hébergement"]);
});

test("an anonymous visitor is sent to login and comes back after it", async ({ page }) => {
  await page.goto("/admin/plans");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fplans/);
  await submitLogin(page, "ADMIN");
  await expect(page).toHaveURL(/\/admin\/plans$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/offres d'hébergement/i);
  await expect(page.getByRole("row", { name: /Enterprise/ }).first()).toBeVisible();
});

test("logout ends the session, even for a copy of its cookie", async ({ page }) => {
  await loginWithForm(page, "SELLER");
  const signedIn = await page.context().cookies();
  await page.getByRole("button", { name: /menu du compte/i }).click();
  await page.getByRole("menuitem", { name: /se déconnecter/i }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/crm");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcrm/);
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(401);
  // The old cookie presented again (a copy, or a response in flight at logout that set it back) is refused.
  await page.context().addCookies(signedIn);
  await page.goto("/crm");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcrm/);
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("the language switch changes the interface, signed out and signed in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await submitLogin(page, "CUSTOMER");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My hosting requests");
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitemradio", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes demandes d'hébergement");
});

test("a visitor registers as a customer and lands in the portal", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel(/nom complet/i).fill("Zoé Nouvelle");
  await page.getByLabel(/e-mail/i).fill(`zoe.${Date.now()}@example.test`);
  await page.getByLabel(/mot de passe/i).fill("court");
  await page.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(page.getByText("Le mot de passe doit contenir au moins 10 caractères.")).toBeVisible();
  await page.getByLabel(/mot de passe/i).fill("un-bon-mot-de-passe-1");
  await page.getByRole("button", { name: /créer mon compte/i }).click();
  await expect(page).toHaveURL(/\/hosting$/);
  await expect(page.getByRole("heading", { name: /aucune demande pour l'instant/i })).toBeVisible();
});
