import "server-only";
import { db } from "../db";

/**
 * Open tasks (not completed) due before a moment, everyone's or one user's, counted from the partial
 * indexes on open tasks (`CRMActivity_open_task_due_idx`, `CRMActivity_open_task_user_due_idx`).
 * Written in SQL with the type as a literal: PostgreSQL uses a partial index only when it can prove
 * the query's conditions imply the index's, and a type passed as a parameter (as Prisma passes it,
 * cast from text) proves nothing, so the same count through Prisma scans every activity due before.
 */
export async function openTasksDueBefore(before: Date, userId?: string): Promise<number> {
  const [row] = userId
    ? await db.$queryRaw<[{ n: number }]>`
        SELECT count(*)::int AS n FROM "CRMActivity"
        WHERE "userId" = ${userId} AND type = 'TASK' AND "completedAt" IS NULL AND "dueAt" < ${before}`
    : await db.$queryRaw<[{ n: number }]>`
        SELECT count(*)::int AS n FROM "CRMActivity"
        WHERE type = 'TASK' AND "completedAt" IS NULL AND "dueAt" < ${before}`;
  return row.n;
}
