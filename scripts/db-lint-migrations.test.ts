import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintMigrations } from "./db-lint-migrations";

const released = path.join(import.meta.dirname, "..", "prisma", "migrations");
let dir: string;

/** The released migrations plus `extra` ones (name -> SQL), in a scratch copy of prisma/migrations. */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "orbite-migration-lint-"));
  await cp(released, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("db:lint-migrations", () => {
  it("passes on the current migrations", async () => {
    const { ok, report } = await lintMigrations();
    expect(report).not.toMatch(/warning|error/);
    expect(ok).toBe(true);
  });

  it("fails on a dropped column and an index built with writes blocked, naming the migration and the rules", async () => {
    const { ok, report } = await lintMigrations(
      await migrationsWith({
        "20991231000000_unsafe": `ALTER TABLE "User" DROP COLUMN "name";\nCREATE INDEX "CRMLead_email_2_idx" ON "CRMLead"("email");\n`,
      }),
    );
    expect(ok).toBe(false);
    expect(report).toContain("20991231000000_unsafe/migration.sql");
    expect(report).toContain("ban-drop-column");
    expect(report).toContain("require-concurrent-index-creation");
    // The baseline's own findings stay out of the report.
    expect(report).not.toContain("20261125061629_lead_search");
  });

  it.each([
    ["a renamed column", `ALTER TABLE "User" RENAME COLUMN "company" TO "organisation";`, "renaming-column"],
    ["a NOT NULL column without a default", `ALTER TABLE "User" ADD COLUMN "phone" TEXT NOT NULL;`, "adding-required-field"],
    ["a column type change (table rewrite)", `ALTER TABLE "CRMLead" ALTER COLUMN "valueCents" TYPE BIGINT;`, "changing-column-type"],
    ["an existing column made NOT NULL", `ALTER TABLE "User" ALTER COLUMN "company" SET NOT NULL;`, "adding-not-nullable-field"],
    [
      "a foreign key validated under lock",
      `ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_x_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id");`,
      "adding-foreign-key-constraint",
    ],
    [
      "CREATE INDEX CONCURRENTLY beside another statement, which Prisma runs in one transaction",
      `ALTER TABLE "User" ADD COLUMN "phone" TEXT;\nCREATE INDEX CONCURRENTLY "User_phone_idx" ON "User"("phone");`,
      "ban-concurrent-index-creation-in-transaction",
    ],
  ])("fails on %s", async (_, sql, rule) => {
    const { ok, report } = await lintMigrations(await migrationsWith({ "20991231000000_unsafe": `${sql}\n` }));
    expect(ok).toBe(false);
    expect(report).toContain(rule);
  });

  it("passes the expand steps: a nullable column, a backfill, an index built concurrently in a migration of its own", async () => {
    const { ok, report } = await lintMigrations(
      await migrationsWith({
        "20991231000000_user_phone": `-- AlterTable\nALTER TABLE "User" ADD COLUMN "phone" TEXT;\nUPDATE "User" SET "phone" = '' WHERE "phone" IS NULL;\n`,
        "20991231000001_user_phone_index": `-- CreateIndex\nCREATE INDEX CONCURRENTLY "User_phone_idx" ON "User"("phone");\n`,
      }),
    );
    expect(report).not.toMatch(/warning|error/);
    expect(ok).toBe(true);
  });
});
