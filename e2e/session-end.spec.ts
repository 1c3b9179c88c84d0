import { expect, request, test, type APIRequestContext } from "./fixtures";
import { baseURL } from "../playwright.config";
import { demo } from "./support";

/** Signs in through Auth.js's credentials endpoint, as an API client would; returns the context holding the session cookie. */
async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: baseURL },
    maxRedirects: 0,
  });
  return { context, location: answer.headers()["location"] ?? "" };
}

const cookieHeader = async (context: APIRequestContext) =>
  (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");

test("Auth.js's own signout route ends the session on the server: the old cookie is refused afterwards", async () => {
  const { context } = await signIn(demo("SUPPORT").email, demo("SUPPORT").password);
  expect((await context.get("/api/me")).status()).toBe(200);
  const copy = await cookieHeader(context);
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await context.post("/api/auth/signout", { form: { csrfToken, callbackUrl: baseURL }, maxRedirects: 0 });
  expect(out.status()).toBe(302);

  const replay = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: copy } });
  expect((await replay.get("/api/me")).status()).toBe(401);
  await replay.dispose();
  await context.dispose();
});

test("a state-changing call with the session cookie is refused from another site or as a form's plain text", async () => {
  const { context } = await signIn(demo("CUSTOMER").email, demo("CUSTOMER").password);
  const ticket = { subject: "Tentative intersite", description: "Cette requête ne doit rien créer." };
  const before = (await (await context.get("/api/crm/tickets")).json()) as { total: number };
  const foreign: Record<string, string>[] = [
    { origin: "http://evil.example" },
    { origin: "null" },
    { referer: "http://evil.example/page" },
  ];
  for (const headers of foreign) {
    const answer = await context.post("/api/crm/tickets", { data: ticket, headers });
    expect(answer.status(), JSON.stringify(headers)).toBe(403);
  }
  const plain = await context.post("/api/crm/tickets", {
    data: JSON.stringify(ticket),
    headers: { "content-type": "text/plain", origin: baseURL },
  });
  expect(plain.status()).toBe(403);
  const after = (await (await context.get("/api/crm/tickets")).json()) as { total: number };
  expect(after.total).toBe(before.total);
  await context.dispose();
});

test("sign-in throttling counts the connection's address, whatever X-Forwarded-For says", async () => {
  const email = `nobody-${Date.now()}@example.test`;
  for (let i = 0; i < 10; i++) {
    const { context, location } = await signIn(email, "wrong-password-1", { "x-forwarded-for": `198.51.100.${i}` });
    expect(location, `attempt ${i + 1}`).toContain(i < 9 ? "code=invalid_credentials" : "code=rate_limited");
    await context.dispose();
  }
  const { context, location } = await signIn(email, "wrong-password-1", { "x-forwarded-for": "203.0.113.77" });
  expect(location).toContain("code=rate_limited");
  await context.dispose();
});
