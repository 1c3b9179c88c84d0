import type { PipelineCard, PipelineColumn } from "@/lib/crm/pipeline/queries";
import { isOpenStage, type LeadStageName } from "@/lib/crm/stages";

export type Place = { stage: LeadStageName; index: number };

export function findCard(columns: PipelineColumn[], id: string): (Place & { card: PipelineCard }) | null {
  for (const column of columns) {
    const index = column.leads.findIndex((l) => l.id === id);
    if (index >= 0) return { stage: column.stage, index, card: column.leads[index] };
  }
  return null;
}

/**
 * The board once a card moved: it leaves its column and enters the target at `index` (won and lost
 * columns show the latest first, so it goes on top there); counts and values follow. `card` replaces
 * the moving card's data (a rollback puts the original back).
 */
export function moveCard(columns: PipelineColumn[], id: string, to: Place, card?: PipelineCard, now = new Date()): PipelineColumn[] {
  const from = findCard(columns, id);
  if (!from) return columns;
  const closing = !isOpenStage(to.stage);
  const moved: PipelineCard = card ?? { ...from.card, closedAt: closing ? (to.stage === from.stage ? from.card.closedAt : now) : null };
  const sameColumn = from.stage === to.stage;
  return columns.map((column) => {
    if (column.stage !== from.stage && column.stage !== to.stage) return column;
    const leads = column.leads.filter((l) => l.id !== id);
    let { count, valueCents } = column;
    if (column.stage === from.stage && !sameColumn) {
      count -= 1;
      valueCents -= from.card.valueCents;
    }
    if (column.stage === to.stage) {
      const index = closing && !card ? 0 : Math.max(0, Math.min(to.index, leads.length));
      leads.splice(index, 0, moved);
      if (!sameColumn) {
        count += 1;
        valueCents += moved.valueCents;
      }
    }
    return { ...column, count, valueCents, leads };
  });
}

/** The cards right above (`afterId`) and right below (`beforeId`) a card, as the server's move expects them. */
export function neighboursOf(columns: PipelineColumn[], id: string): { afterId: string | null; beforeId: string | null } {
  const place = findCard(columns, id);
  if (!place) return { afterId: null, beforeId: null };
  const leads = columns.find((c) => c.stage === place.stage)!.leads;
  return { afterId: leads[place.index - 1]?.id ?? null, beforeId: leads[place.index + 1]?.id ?? null };
}
