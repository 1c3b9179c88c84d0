import { expect, test } from "@playwright/test";
import { login } from "./support";

test("health reports the database round trip", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.ok).toBe(true);
  expect(typeof body.database.latencyMs).toBe("number");
});

test("/api/me answers 401 in the error shape when signed out, the user when signed in", async ({ page }) => {
  const anonymous = await page.request.get("/api/me");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });

  await login(page, "SUPPORT");
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body).toMatchObject({ role: "SUPPORT", email: "support@orbite.test" });
  expect(body.permissions["tickets:manage"]).toBe("all");
  expect(body.permissions["crm:write"]).toBeUndefined();
});
