import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { demoUsers } from "../prisma/seed/demo-users";
import { waitForHydration } from "./fixtures";
import { sessionCookies } from "./sessions";

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
  // Hashing the password takes a while on a busy machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  // The sign-in page and the pages behind it have different root layouts: the browser loads the
  // next page whole, and its controls ignore a click until it has hydrated.
  await waitForHydration(page);
}

/** Signs in through the login form, as a person would. */
export async function loginWithForm(page: Page, role: DemoRole) {
  await page.goto("/login");
  await submitLogin(page, role);
  await expect(page).toHaveURL(new RegExp(`${homes[role]}$`));
}

/** Starts signed in as a demo user (the run signed each one in once) on their home page. */
export async function login(page: Page, role: DemoRole) {
  await page.context().addCookies(sessionCookies(role));
  await page.goto(homes[role]);
  await expect(page).toHaveURL(new RegExp(`${homes[role]}$`));
}

/** Runs one of the server's periodic jobs now (end-to-end runs set TEST_HOOKS) and waits for it. */
export async function runJob(request: APIRequestContext, name: "alert-evaluation" | "service-checks" | "metrics-flush" | "sla-sweep") {
  const response = await request.post(`/api/test/jobs/${name}`);
  expect(response.status(), `job ${name}`).toBe(200);
}
