import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { request, type Cookie, type FullConfig } from "@playwright/test";
import { runDir } from "../playwright.config";
import { demoUsers } from "../prisma/seed/demo-users";

type Role = (typeof demoUsers)[number]["role"];

const dir = path.join(import.meta.dirname, "..", ".data", runDir("e2e-sessions"));
const fileOf = (role: Role) => path.join(dir, `${role.toLowerCase()}.json`);

/**
 * Signs each demo user in once per run, through Auth.js's own credentials endpoint (the same
 * check as the login form, without a browser), and keeps the session cookies for the journeys.
 * Tests of the login form itself and of logging out sign in with the form.
 */
export default async function signInDemoUsers(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0].use.baseURL!;
  mkdirSync(dir, { recursive: true });
  for (const user of demoUsers) {
    const context = await request.newContext({ baseURL });
    try {
      const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await context.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: user.email, password: user.password, callbackUrl: baseURL },
        maxRedirects: 0,
        timeout: 60_000,
      });
      const me = await context.get("/api/me");
      if (!me.ok()) throw new Error(`${user.email} could not sign in (GET /api/me answered ${me.status()})`);
      const { cookies } = await context.storageState();
      writeFileSync(fileOf(user.role), JSON.stringify(cookies.filter((c) => c.name.includes("authjs"))));
    } finally {
      await context.dispose();
    }
  }
}

/** The session cookies signed in for this run. */
export function sessionCookies(role: Role): Cookie[] {
  return JSON.parse(readFileSync(fileOf(role), "utf8")) as Cookie[];
}
