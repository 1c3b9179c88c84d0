import "server-only";
import type { Tx } from "../../db";
import type { LeadMove } from "./schemas";
import { positionBetween, type LeadStageName } from "../stages";

/** The position that puts a lead on top of a column (where new and re-staged leads go). */
export async function topOfColumn(tx: Tx, stage: LeadStageName): Promise<number> {
  const top = await tx.cRMLead.findFirst({ where: { stage }, orderBy: { position: "asc" }, select: { position: true } });
  return positionBetween(null, top?.position ?? null);
}

type Slot = { id: string; position: number };

/** A neighbour named by the mover, if it still sits in the target column. */
async function neighbour(tx: Tx, id: string | null | undefined, stage: LeadStageName, movingId: string): Promise<Slot | null> {
  if (!id || id === movingId) return null;
  const n = await tx.cRMLead.findUnique({ where: { id }, select: { id: true, stage: true, position: true } });
  return n && n.stage === stage ? { id: n.id, position: n.position } : null;
}

/** Columns are ordered by position, then id (positions may tie): is `a` above `b`? */
const isAbove = (a: Slot, b: Slot) => a.position < b.position || (a.position === b.position && a.id < b.id);

/** The lead right below (`next`) or right above (`previous`) a slot of the column, the moving lead left out. */
async function adjacent(tx: Tx, stage: LeadStageName, movingId: string, slot: Slot, side: "next" | "previous") {
  const { position, id } = slot;
  const beyond =
    side === "next"
      ? [{ position: { gt: position } }, { position, id: { gt: id } }]
      : [{ position: { lt: position } }, { position, id: { lt: id } }];
  const dir = side === "next" ? "asc" : "desc";
  return tx.cRMLead.findFirst({
    where: { stage, id: { not: movingId }, OR: beyond },
    orderBy: [{ position: dir }, { id: dir }],
    select: { id: true, position: true },
  });
}

/**
 * The two leads the moving one goes between: the neighbours the mover saw when they still fit,
 * else whichever is still there with its own neighbour, else the top of the column.
 */
async function gapFor(tx: Tx, movingId: string, move: LeadMove) {
  const stage = move.stage;
  let upper = await neighbour(tx, move.afterId, stage, movingId);
  let lower = await neighbour(tx, move.beforeId, stage, movingId);
  if (upper && lower && !isAbove(upper, lower)) lower = null;
  if (upper && !lower) lower = await adjacent(tx, stage, movingId, upper, "next");
  else if (lower && !upper) upper = await adjacent(tx, stage, movingId, lower, "previous");
  else if (!upper && !lower)
    lower = await tx.cRMLead.findFirst({
      where: { stage, id: { not: movingId } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
  return { upper, lower };
}

const strictlyBetween = (p: number, upper: Slot | null, lower: Slot | null) =>
  (upper === null || p > upper.position) && (lower === null || p < lower.position);

/** Spreads a column's positions again (1024 apart, same order) when two neighbours leave no room between them. */
async function renumberColumn(tx: Tx, stage: LeadStageName, movingId: string) {
  await tx.$executeRaw`
    UPDATE "CRMLead" AS l SET "position" = r.rank * 1024
    FROM (
      SELECT "id", row_number() OVER (ORDER BY "position", "id") AS rank
      FROM "CRMLead" WHERE "stage" = ${stage}::"LeadStage" AND "id" <> ${movingId}
    ) AS r
    WHERE l."id" = r."id"`;
}

/** Where the moving lead goes in its new column, renumbering the column first if there is no room. */
export async function positionFor(tx: Tx, movingId: string, move: LeadMove): Promise<number> {
  const { upper, lower } = await gapFor(tx, movingId, move);
  const position = positionBetween(upper?.position ?? null, lower?.position ?? null);
  if (strictlyBetween(position, upper, lower)) return position;
  await renumberColumn(tx, move.stage, movingId);
  const reread = async (slot: Slot | null) =>
    slot ? tx.cRMLead.findUniqueOrThrow({ where: { id: slot.id }, select: { position: true } }) : null;
  const [above, below] = await Promise.all([reread(upper), reread(lower)]);
  return positionBetween(above?.position ?? null, below?.position ?? null);
}
