/**
 * `npm run test:shutdown`: an instance stops gracefully on SIGTERM. Against the production build
 * and a PostgreSQL database made for the run (TEST_DATABASE_URL names the server), it starts one
 * instance (live, but not ready until the database is migrated), signs in, opens a realtime stream, waits until the instance leads the jobs, starts a
 * slow request, sends SIGTERM, and checks that:
 *   - new connections are refused while the request in flight still gets its answer;
 *   - the open stream is told to reconnect, then ends;
 *   - the jobs' leadership lock is released;
 *   - the process is gone within 10 s.
 * Exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import { get } from "node:http";
import path from "node:path";
import { Client } from "pg";
import { migrateDeploy } from "./migrate";

const root = path.resolve(import.meta.dirname, "..");
const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const port = Number(process.env.SHUTDOWN_TEST_PORT ?? 3131);
const base = `http://127.0.0.1:${port}`;
const dbName = `shutdown_${Date.now()}`;
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: dbUrl,
  AUTH_SECRET: "shutdown-test-secret-shutdown-test-secret",
  TEST_HOOKS: "1",
  LOG_LEVEL: "warn",
};
delete env.TEST_DATABASE_URL;

let failures = 0;
function check(ok: boolean, what: string) {
  console.log(`${ok ? "✔" : "✘"} ${what}`);
  if (!ok) failures += 1;
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

/** Signs the demo admin in through Auth.js's credentials endpoint; the session cookie. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email: "admin@orbite.test", password: "admin-demo-2026", callbackUrl: base }),
  });
  const session = answer.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${answer.status})`);
  return session.split(";")[0];
}

const leaderLocks = async () =>
  Number(
    (
      await sql<{ n: string }>(
        adminUrl,
        `SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND a.datname = '${dbName}' AND a.application_name = 'orbite-jobs'`,
      )
    )[0].n,
  );

async function main() {
  await sql(adminUrl, `CREATE DATABASE "${dbName}"`);
  const server = spawn(
    process.execPath,
    ["--import", "./server/socket-address.mjs", "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] },
  );
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const live = await until(async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined), 60_000);
    const early = await fetch(`${base}/api/health/ready`);
    const pending = ((await early.json()) as { pendingMigrations?: string[] }).pendingMigrations ?? [];
    check(
      live === true && early.status === 503 && pending.length > 0,
      `live but not ready before its migrations (${pending.length} pending)`,
    );
    await migrateDeploy({ env });
    const seeded = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      cwd: root,
      env,
      stdio: "ignore",
    });
    await new Promise((resolve) => seeded.once("exit", resolve));
    const ready = await until(async () => ((await fetch(`${base}/api/health/ready`)).ok ? true : undefined), 60_000);
    check(ready === true, "the instance is ready once migrated");

    const cookie = await signIn();
    const stream = await fetch(`${base}/api/realtime/stream?channels=private-staff`, { headers: { cookie, accept: "text/event-stream" } });
    check(stream.status === 200, "a realtime stream is open");
    const reader = stream.body!.getReader();
    let received = "";
    const streamEnded = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return true;
        received += new TextDecoder().decode(value);
      }
    })().catch(() => false);

    check(
      (await until(async () => ((await leaderLocks()) === 1 ? true : undefined), 15_000)) === true,
      "the instance leads the jobs (advisory lock held)",
    );

    const inFlight = fetch(`${base}/api/test/wait?ms=2500`).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      (error: Error) => ({ status: 0, body: error.message }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalled = Date.now();
    server.kill("SIGTERM");

    await new Promise((resolve) => setTimeout(resolve, 300));
    // A new connection (fetch would reuse one it keeps alive).
    const late = await new Promise<string>((resolve) => {
      get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (r) => resolve(`answered ${r.statusCode}`)).on("error", () =>
        resolve("refused"),
      );
    });
    check(late === "refused", `a new connection after SIGTERM is refused (${late})`);
    const answer = await inFlight;
    check(answer.status === 200, `the request in flight still gets its answer (${answer.status})`);
    check((await streamEnded) === true && received.includes("event: reconnect"), "the open stream is told to reconnect, then ends");
    const code = await Promise.race([exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 12_000))]);
    const tookMs = Date.now() - signalled;
    check(code !== "timeout" && tookMs <= 10_000, `the process exits within 10 s (exit ${code}, ${(tookMs / 1000).toFixed(1)} s)`);
    check((await leaderLocks()) === 0, "the jobs' leadership lock is released");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    await sql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
  }
}

main().then(
  () => {
    console.log(failures ? `\n${failures} check(s) failed` : "\nGraceful shutdown: every check passed");
    process.exit(failures ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
