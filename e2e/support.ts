import { expect, type Cookie, type Page } from "@playwright/test";
import { demoUsers } from "../prisma/seed/demo-users";

export type DemoRole = (typeof demoUsers)[number]["role"];

export const demo = (role: DemoRole) => demoUsers.find((u) => u.role === role)!;

export const homes: Record<DemoRole, string> = {
  CUSTOMER: "/hosting",
  SELLER: "/crm",
  SUPPORT: "/crm/tickets",
  ADMIN: "/crm",
};

/** Fills the login form (already open) and waits to leave it. */
export async function submitLogin(page: Page, role: DemoRole) {
  const user = demo(role);
  await page.getByLabel(/e-mail|email/i).fill(user.email);
  await page.getByLabel(/mot de passe|password/i).fill(user.password);
  await page.getByRole("button", { name: /se connecter|log in/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs in through the login form, as a person would. */
export async function loginWithForm(page: Page, role: DemoRole) {
  await page.goto("/login");
  await submitLogin(page, role);
  await expect(page).toHaveURL(new RegExp(`${homes[role]}$`));
}

/**
 * Each demo user's session cookies, from their first sign-in in this worker: journeys start signed
 * in without paying for the form (and its password hashing) again. Tests of signing in and out use
 * `loginWithForm`, so no test ends a session another one reuses.
 */
const sessions = new Map<DemoRole, Cookie[]>();

export async function login(page: Page, role: DemoRole) {
  const cookies = sessions.get(role);
  if (!cookies) {
    await loginWithForm(page, role);
    sessions.set(
      role,
      (await page.context().cookies()).filter((c) => c.name.includes("authjs")),
    );
    return;
  }
  await page.context().addCookies(cookies);
  await page.goto(homes[role]);
  await expect(page).toHaveURL(new RegExp(`${homes[role]}$`));
}
