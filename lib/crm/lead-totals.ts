import "server-only";
import { db } from "../db";
import type { LeadSourceName, LeadStageName } from "./stages";

/**
 * The leads' count and value per stage, read from the running totals the database keeps as leads
 * change (CRMLeadTotal, see prisma/schema.prisma), not by counting the leads: the same figures as
 * a GROUP BY over CRMLead, read from a few hundred rows however many leads there are.
 */

type StageTotal = { count: number; valueCents: number };

/**
 * Whose leads: everyone's (undefined), one assignee's (an id), or the unassigned ones (null).
 */
export type LeadOwner = string | null | undefined;

/** The owner a list's filters name: the actor's own leads ("mine"), the unassigned ones ("none"), one assignee's, or everyone's. */
export function ownerOf(actor: { id: string }, filters: { mine?: boolean; assignee?: string }): LeadOwner {
  if (filters.mine) return actor.id;
  if (filters.assignee === "none") return null;
  return filters.assignee || undefined;
}

/**
 * Count and value of the leads in `stages`, by stage (a stage without leads is absent), of one
 * owner and of some sources only when given.
 */
export async function stageTotals(
  stages: readonly LeadStageName[],
  owner?: LeadOwner,
  sources?: readonly LeadSourceName[],
): Promise<Map<LeadStageName, StageTotal>> {
  const rows = await db.cRMLeadTotal.groupBy({
    by: ["stage"],
    where: {
      stage: { in: [...stages] },
      ...(sources && { source: { in: [...sources] } }),
      ...(owner !== undefined && { assigneeId: owner }),
    },
    _sum: { count: true, valueCents: true },
  });
  return new Map(
    rows
      .filter((row) => (row._sum.count ?? 0) !== 0)
      .map((row) => [row.stage, { count: row._sum.count ?? 0, valueCents: Number(row._sum.valueCents ?? 0) }]),
  );
}

/** How many leads are in `stages`, of one owner and some sources when given. */
export async function leadCount(stages: readonly LeadStageName[], owner?: LeadOwner, sources?: readonly LeadSourceName[]) {
  let count = 0;
  for (const total of (await stageTotals(stages, owner, sources)).values()) count += total.count;
  return count;
}

/**
 * Folds the totals' rows into one per stage, source and assignee, where there are several: the
 * table stays as small as the number of those combinations. Only groups with more than one row are
 * rewritten; rows added meanwhile are left for the next run. Run by the jobs' leader.
 */
export async function mergeLeadTotals(): Promise<number> {
  return db.$executeRaw`
    WITH crowded AS (
      SELECT "stage", "source", "assigneeId" FROM "CRMLeadTotal" GROUP BY 1, 2, 3 HAVING count(*) > 1
    ), merged AS (
      DELETE FROM "CRMLeadTotal" t USING crowded c
      WHERE t."stage" = c."stage" AND t."source" = c."source" AND t."assigneeId" IS NOT DISTINCT FROM c."assigneeId"
      RETURNING t."stage", t."source", t."assigneeId", t."count", t."valueCents"
    )
    INSERT INTO "CRMLeadTotal" ("stage", "source", "assigneeId", "count", "valueCents")
    SELECT "stage", "source", "assigneeId", sum("count"), sum("valueCents") FROM merged GROUP BY 1, 2, 3
    HAVING sum("count") <> 0 OR sum("valueCents") <> 0`;
}
