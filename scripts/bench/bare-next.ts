/**
 * The benchmarks' baseline: a bare Next.js app, the same Next version as the app's and its
 * node_modules, with an empty page and two routes and nothing else. GET / is the empty page
 * (prerendered at build); GET /api/constant answers a constant JSON body;
 * POST /api/insert does one INSERT through a `pg` pool as large as the app's (the table below, in
 * the database named by DATABASE_URL). Built with `next build` and started with `next start` like
 * the app, so the difference between the two is the app's own work.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextBin, root, runCommand } from "./servers";

export const bareRoutes = { page: "/", constant: "/api/constant", insert: "/api/insert" } as const;

/** The table POST /api/insert writes to; `key` is the body's idempotencyKey. */
export const bareTableSql =
  "CREATE TABLE bench_bare (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())";

function writeBareApp(dir: string) {
  mkdirSync(path.join(dir, "app", "api", "insert"), { recursive: true });
  mkdirSync(path.join(dir, "app", "api", "constant"), { recursive: true });
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    `export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(path.join(dir, "app", "page.js"), `export default function Page() {\n  return <main />;\n}\n`);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, type: "module" }));
  // Turbopack compiles nothing outside its root: the root must hold the linked node_modules too.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: "/" } };\n`);
  writeFileSync(
    path.join(dir, "app", "api", "constant", "route.js"),
    `export const dynamic = "force-dynamic";
const plans = [{ slug: "starter" }, { slug: "pro" }, { slug: "business" }];
export function GET() {
  return Response.json({ plans });
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "api", "insert", "route.js"),
    `import pg from "pg";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
export async function POST(request) {
  const body = await request.json();
  const { rows } = await pool.query(
    "INSERT INTO bench_bare (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING id",
    [body.idempotencyKey],
  );
  return Response.json({ id: rows[0]?.id ?? null }, { status: rows.length ? 201 : 200 });
}
`,
  );
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
}

/** Writes the bare app into `dir` (which must not exist yet) and builds it. */
export async function buildBareApp(dir: string): Promise<void> {
  writeBareApp(dir);
  await runCommand(process.execPath, [nextBin, "build"], dir, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}
