/**
 * Smoke test of a running deployment, after a release or a restart:
 *
 *   SMOKE_ADMIN_EMAIL=… SMOKE_ADMIN_PASSWORD=… [SMOKE_METRICS_TOKEN=…] npm run smoke -- https://orbite.example.com
 *
 * One line per check (✔ or ✘, what, how long); exits 1 when any failed, 2 on bad usage. Reads only:
 * health and readiness, the pricing page and the plans, an admin's sign-in and one list per module,
 * the Prometheus metrics (with the token, or else the admin's session), and the realtime handshake
 * (the built-in stream's first bytes, or with Pusher the channel authorization and the server the
 * pages name). The admin is signed out at the end.
 */
import { HttpSession } from "./http-session";
import { runIfMain } from "./run-if-main";

type Outcome = { ok: boolean; what: string; detail?: string; ms: number };

class Failure extends Error {}
function fail(message: string): never {
  throw new Failure(message);
}

export type SmokeOptions = {
  base: string;
  adminEmail: string;
  adminPassword: string;
  metricsToken?: string;
  /** Where each line goes (the console by default). */
  print?: (line: string) => void;
};

/** Runs every check and returns the outcomes; each one is printed as it ends. */
export async function smoke({ base, adminEmail, adminPassword, metricsToken, print = console.log }: SmokeOptions): Promise<Outcome[]> {
  const anonymous = new HttpSession(base);
  const admin = new HttpSession(base);
  const outcomes: Outcome[] = [];

  async function check(what: string, body: () => Promise<string | void>): Promise<boolean> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      const detail = (await body()) ?? undefined;
      outcome = { ok: true, what, detail, ms: performance.now() - started };
    } catch (error) {
      const detail = error instanceof Failure ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
      outcome = { ok: false, what, detail, ms: performance.now() - started };
    }
    outcomes.push(outcome);
    print(`${outcome.ok ? "✔" : "✘"} ${what}${outcome.detail ? ` (${outcome.detail})` : ""} ${Math.round(outcome.ms)} ms`);
    return outcome.ok;
  }

  async function getJson<T>(session: HttpSession, path: string, init?: RequestInit): Promise<T> {
    const { status, body } = await session.json<T>(path, init);
    if (status !== 200) fail(`${path} answered ${status}: ${JSON.stringify(body).slice(0, 160)}`);
    return body;
  }

  await check("liveness: GET /api/health", async () => {
    const health = await getJson<{ status: string; uptimeSeconds: number }>(anonymous, "/api/health");
    if (health.status !== "ok") fail(`status ${health.status}`);
    return `up ${health.uptimeSeconds} s`;
  });

  await check("readiness: GET /api/health/ready", async () => {
    type Readiness = { status: string; database: { kind: string; latencyMs: number | null }; pendingMigrations: string[] | null };
    const { status, body } = await anonymous.json<Readiness>("/api/health/ready");
    if (status !== 200) fail(`answered ${status}: ${JSON.stringify(body).slice(0, 200)}`);
    return `${body.database.kind} ${body.database.latencyMs} ms, no pending migration`;
  });

  let planNames: string[] = [];
  await check("plans: GET /api/hosting/plans", async () => {
    const { plans } = await getJson<{ plans: Array<{ name: string; slug: string }> }>(anonymous, "/api/hosting/plans");
    if (plans.length === 0) fail("no plan on sale");
    planNames = plans.map((plan) => plan.name);
    return `${plans.length} plans: ${planNames.join(", ")}`;
  });

  await check("pricing page: GET /pricing", async () => {
    const response = await anonymous.fetch("/pricing");
    const html = await response.text();
    if (response.status !== 200) fail(`answered ${response.status}`);
    if (!response.headers.get("content-type")?.includes("text/html")) fail(`content type ${response.headers.get("content-type")}`);
    const missing = planNames.filter((name) => !html.includes(escapeHtml(name)));
    if (planNames.length === 0) fail("no plan names to look for (the plans check failed)");
    if (missing.length > 0) fail(`the page does not show ${missing.join(", ")}`);
    return `${Math.round(html.length / 1024)} KiB, shows every plan`;
  });

  let adminId = "";
  const signedIn = await check(`sign-in: ${adminEmail} through /api/auth/callback/credentials, then GET /api/me`, async () => {
    const result = await admin.signIn(adminEmail, adminPassword);
    if (!result.ok) fail(`refused (${result.status}, ${result.code ?? "no reason given"})`);
    const me = await getJson<{ id: string; role: string }>(admin, "/api/me");
    adminId = me.id;
    return me.role;
  });

  const reads: Array<[string, string]> = [
    ["hosting requests", "/api/hosting/requests?pageSize=5"],
    ["CRM leads", "/api/crm/leads?pageSize=5"],
    ["tickets", "/api/crm/tickets?pageSize=5"],
    ["LivePulse alerts", "/api/livepulse/alerts"],
  ];
  for (const [what, path] of reads) {
    await check(`${what}: GET ${path.split("?")[0]}`, async () => {
      if (!signedIn) fail("not signed in");
      const body = await getJson<{ total?: number; items?: unknown[] }>(admin, path);
      return typeof body.total === "number" ? `${body.total} in all` : "200";
    });
  }

  await check(
    `metrics: GET /api/metrics ${metricsToken ? "with the bearer token" : "with the admin's session (no SMOKE_METRICS_TOKEN)"}`,
    async () => {
      const session = metricsToken ? anonymous : admin;
      const response = await session.fetch("/api/metrics", metricsToken ? { headers: { authorization: `Bearer ${metricsToken}` } } : {});
      const text = await response.text();
      if (response.status !== 200) fail(`answered ${response.status}: ${text.slice(0, 160)}`);
      const rpm = /^livepulse_requests_per_minute\{kind="all"\} (\S+)$/m.exec(text);
      if (!rpm) fail("no livepulse_requests_per_minute in the exposition");
      return `${rpm[1]} requests per minute over all instances`;
    },
  );

  await check("realtime: handshake", async () => {
    if (!signedIn) fail("not signed in");
    const channel = `private-user-${adminId}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      const response = await admin.fetch(`/api/realtime/stream?channels=${channel}`, { signal: controller.signal });
      if (response.status === 404) {
        await response.body?.cancel();
        return await pusherHandshake(admin, channel);
      }
      if (response.status !== 200) fail(`the stream answered ${response.status}: ${(await response.text()).slice(0, 160)}`);
      if (!response.headers.get("content-type")?.startsWith("text/event-stream"))
        fail(`content type ${response.headers.get("content-type")}`);
      const first = await firstLines(response, controller);
      if (!/^(retry|:|id|data|event)/m.test(first)) fail(`unexpected start: ${JSON.stringify(first.slice(0, 80))}`);
      return `built-in stream: ${JSON.stringify(first.trim().split("\n")[0])} first`;
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  });

  if (signedIn) {
    await check("sign-out: POST /api/auth/signout, then GET /api/me refused", async () => {
      await admin.signOut();
      const response = await admin.fetch("/api/me");
      await response.body?.cancel();
      if (response.status !== 401) fail(`GET /api/me answered ${response.status} after signing out`);
      return "401";
    });
  }
  return outcomes;
}

/** With Pusher: the app signs a private channel for the session, and its pages name the server the browser connects to. */
async function pusherHandshake(session: HttpSession, channel: string): Promise<string> {
  const response = await session.fetch("/api/realtime/auth", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ socket_id: "1234.5678", channel_name: channel }),
  });
  const text = await response.text();
  if (response.status !== 200) fail(`the stream answered 404 and /api/realtime/auth ${response.status}: ${text.slice(0, 160)}`);
  const { auth } = JSON.parse(text) as { auth?: string };
  if (!auth || !/^[^:]+:[0-9a-f]{64}$/.test(auth)) fail(`unexpected authorization ${JSON.stringify(auth)}`);
  // A page's content security policy lets the browser connect to the Pusher server and nowhere else.
  const page = await session.fetch("/crm");
  await page.body?.cancel();
  const policy = page.headers.get("content-security-policy") ?? "";
  const sources = /connect-src ([^;]*)/.exec(policy)?.[1].split(" ") ?? [];
  const socketServer = sources.find((source) => /^wss?:\/\//.test(source));
  if (!socketServer) fail(`the pages name no Pusher server (connect-src ${sources.join(" ")})`);
  const signed = `Pusher: ${channel} signed for key ${auth.split(":")[0]}`;
  const root = socketServer.replace(/^ws/, "http");
  if (new URL(root).hostname.endsWith(".pusher.com")) return `${signed}; pages connect to ${socketServer}`;
  // A self-hosted server (soketi) answers its root with 200: the server the browser is sent to is up.
  const status = await fetch(`${root}/`, { signal: AbortSignal.timeout(5000) }).then(
    (r) => r.status,
    () => 0,
  );
  if (status !== 200) fail(`${root}/, the Pusher server the pages name, answered ${status || "nothing"}`);
  return `${signed}; ${socketServer} up`;
}

/** The stream's first chunk(s), up to the first blank line. */
async function firstLines(response: Response, controller: AbortController): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (!text.includes("\n\n")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    controller.abort();
    await reader.cancel().catch(() => undefined);
  }
  if (!text) fail("the stream ended before its first byte");
  return text;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

runIfMain(import.meta.url, async () => {
  const base = process.argv.slice(2).find((arg) => arg !== "--");
  const adminEmail = process.env.SMOKE_ADMIN_EMAIL;
  const adminPassword = process.env.SMOKE_ADMIN_PASSWORD;
  if (!base || !/^https?:\/\//.test(base) || !adminEmail || !adminPassword) {
    console.error("usage: SMOKE_ADMIN_EMAIL=… SMOKE_ADMIN_PASSWORD=… [SMOKE_METRICS_TOKEN=…] npm run smoke -- <base-url>");
    process.exit(2);
  }
  const started = performance.now();
  console.log(`smoke test of ${base}`);
  const outcomes = await smoke({ base, adminEmail, adminPassword, metricsToken: process.env.SMOKE_METRICS_TOKEN || undefined });
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  console.log(
    `${failed ? `✘ ${failed} of ${outcomes.length} checks failed` : `✔ all ${outcomes.length} checks passed`} in ${Math.round(performance.now() - started)} ms`,
  );
  if (failed) process.exit(1);
});
