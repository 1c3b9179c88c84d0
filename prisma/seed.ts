/**
 * Fills the configured database:
 *   (no flag)    the demo: reference data, demo logins and demo data (`npm run db:seed`);
 *   --setup      reference data and the first admin from ADMIN_EMAIL, never a demo account
 *                (`npm run db:setup`, for production);
 *   --if-empty   what `npm start` does on a database without users: the demo on the embedded
 *                database or with SEED_DEMO=1, otherwise the same as --setup.
 * Every mode is idempotent.
 */
import { getDatabase } from "../lib/db";
import { env } from "../lib/env";
import { demoLoginLines } from "./seed/demo-users";
import { ensureFirstAdmin } from "./seed/first-admin";
import { seed } from "./seed/index";
import { seedReference } from "./seed/reference";

const database = getDatabase();
const db = database.client;
const ifEmpty = process.argv.includes("--if-empty");
const setupOnly = process.argv.includes("--setup");

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");

async function setup(): Promise<void> {
  const counts = await seedReference(db);
  console.log(`Reference data (${database.kind}): ${summary(counts)}.`);
  if (!env.firstAdmin) {
    if ((await db.user.count({ where: { role: "ADMIN", disabled: false } })) === 0) {
      console.warn("⚠  No admin account: set ADMIN_EMAIL (and ADMIN_PASSWORD, or use the link printed) and run `npm run db:setup` again.");
    }
    return;
  }
  const admin = await ensureFirstAdmin(db, env.firstAdmin, env.appUrl);
  if (admin.status === "exists") console.log(`Admin ${admin.email}: the account exists, left as it is.`);
  else if (!admin.setPasswordUrl) console.log(`Admin ${admin.email}: created with ADMIN_PASSWORD.`);
  else {
    console.log(
      `Admin ${admin.email}: created. Choose its password within 72 hours at this one-time link (shown only now):\n\n  ${admin.setPasswordUrl}\n`,
    );
  }
}

async function demo(): Promise<void> {
  console.log(`Seeded (${database.kind}): ${summary(await seed(db))}.`);
  // `npm start` prints the logins once the server is up.
  if (!ifEmpty) console.log("Demo logins:\n" + demoLoginLines().join("\n"));
}

try {
  if (setupOnly) await setup();
  else if (!ifEmpty) await demo();
  else if ((await db.user.count()) > 0) console.log("Database already has data: seed skipped.");
  else if (database.kind === "pglite" || env.seedDemo) await demo();
  else await setup();
} finally {
  await database.close();
}
