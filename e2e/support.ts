import { expect, type Page } from "@playwright/test";
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

export async function login(page: Page, role: DemoRole) {
  await page.goto("/login");
  await submitLogin(page, role);
  await expect(page).toHaveURL(new RegExp(`${homes[role]}$`));
}
