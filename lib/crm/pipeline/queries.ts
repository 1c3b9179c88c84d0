import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client.ts";
import { CLOSED_WINDOW_DAYS, pipelineQuery, type PipelineQuery } from "./schemas";
import { ownerOf, stageTotals } from "../lead-totals";
import { isOpenStage, leadStages, openStages, type LeadSourceName, type LeadStageName } from "../stages";

const cardSelect = {
  id: true,
  name: true,
  email: true,
  company: true,
  valueCents: true,
  source: true,
  lastActivityAt: true,
  createdAt: true,
  wonAt: true,
  lostAt: true,
  assignee: { select: { name: true } },
} as const satisfies Prisma.CRMLeadSelect;

export type PipelineCard = {
  id: string;
  name: string;
  email: string;
  company: string | null;
  valueCents: number;
  source: LeadSourceName;
  assigneeName: string | null;
  lastActivityAt: Date | null;
  createdAt: Date;
  /** When a won or lost lead closed; null in open columns. */
  closedAt: Date | null;
};

export type PipelineColumn = {
  stage: LeadStageName;
  /** Every lead of the column (for won and lost: closed in the window), not only the cards sent. */
  count: number;
  valueCents: number;
  /** The first `perColumn` cards: by position in open columns, most recently closed first in won and lost. */
  leads: PipelineCard[];
};

export type PipelineBoard = { columns: PipelineColumn[]; perColumn: number; closedWindowDays: number };

/**
 * The board of the pipeline: per stage, its count and total value and its first cards. Open columns'
 * figures come from the running totals (lead-totals.ts); won and lost columns only hold what closed
 * in the last `CLOSED_WINDOW_DAYS` days, counted by one grouped aggregate.
 */
export async function pipelineBoard(actor: Actor, query: PipelineQuery = {}, now = new Date()): Promise<PipelineBoard> {
  assertCan(actor, "crm:read");
  const { mine, assignee, perColumn } = pipelineQuery.parse(query);
  const since = new Date(now.getTime() - CLOSED_WINDOW_DAYS * 86_400_000);

  const ownerId = ownerOf(actor, { mine, assignee });
  const owner: Prisma.CRMLeadWhereInput = ownerId === undefined ? {} : { assigneeId: ownerId };
  const stageWhere = (stage: LeadStageName): Prisma.CRMLeadWhereInput =>
    stage === "WON" ? { stage, wonAt: { gte: since } } : stage === "LOST" ? { stage, lostAt: { gte: since } } : { stage };

  const closedStages = leadStages.filter((stage) => !isOpenStage(stage));
  // Open columns from the running totals; won and lost ones count what closed in the window.
  const [openTotals, closedTotals, cards] = await Promise.all([
    stageTotals(openStages, ownerId),
    db.cRMLead.groupBy({
      by: ["stage"],
      where: { AND: [owner, { OR: closedStages.map(stageWhere) }] },
      _count: { _all: true },
      _sum: { valueCents: true },
    }),
    Promise.all(
      leadStages.map((stage) =>
        db.cRMLead.findMany({
          where: { AND: [owner, stageWhere(stage)] },
          orderBy:
            stage === "WON"
              ? [{ wonAt: "desc" }, { id: "asc" }]
              : stage === "LOST"
                ? [{ lostAt: "desc" }, { id: "asc" }]
                : [{ position: "asc" }, { id: "asc" }],
          take: perColumn,
          select: cardSelect,
        }),
      ),
    ),
  ]);

  const columns = leadStages.map((stage, index): PipelineColumn => {
    const closed = closedTotals.find((t) => t.stage === stage);
    const total = openTotals.get(stage) ?? { count: closed?._count._all ?? 0, valueCents: closed?._sum.valueCents ?? 0 };
    return {
      stage,
      ...total,
      leads: cards[index].map(({ assignee, wonAt, lostAt, ...lead }) => ({
        ...lead,
        assigneeName: assignee?.name ?? null,
        closedAt: stage === "WON" ? wonAt : stage === "LOST" ? lostAt : null,
      })),
    };
  });
  return { columns, perColumn, closedWindowDays: CLOSED_WINDOW_DAYS };
}
