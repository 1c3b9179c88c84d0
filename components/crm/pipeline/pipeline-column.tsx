"use client";

import { Draggable, Droppable } from "@hello-pangea/dnd";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format";
import type { PipelineColumn as Column } from "@/lib/crm/pipeline/queries";
import { isOpenStage, type LeadStageName } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";
import { LeadCard } from "./lead-card";

const stageDot: Record<LeadStageName, string> = {
  NEW: "bg-info",
  CONTACTED: "bg-chart-5",
  QUALIFIED: "bg-primary",
  PROPOSAL: "bg-chart-3",
  NEGOTIATION: "bg-warning",
  WON: "bg-success",
  LOST: "bg-muted-foreground",
};

/** A stage of the board: its header (count, value) and its cards, droppable unless the board is read only. */
export function PipelineColumn({ column, readOnly, closedWindowDays }: { column: Column; readOnly: boolean; closedWindowDays: number }) {
  const t = useTranslations("pipeline");
  const tStage = useTranslations("leadStage");
  const locale = useLocale();
  const closed = !isOpenStage(column.stage);
  const headingId = `pipeline-column-${column.stage}`;
  const hidden = column.count - column.leads.length;

  // Behind the cards' space, so the placeholder of a card dragged over an empty column fits inside it.
  const empty = (over: boolean) => (
    <p
      className={cn(
        "pointer-events-none absolute inset-2 flex items-center justify-center rounded-lg border border-dashed px-3 text-center text-xs text-muted-foreground transition-colors",
        over && "border-primary/60 bg-primary/5 text-primary",
      )}
    >
      {over ? t("emptyColumnDrop") : t("emptyColumn")}
    </p>
  );

  return (
    <section
      aria-labelledby={headingId}
      data-testid={`pipeline-column-${column.stage}`}
      data-pipeline-column={column.stage}
      className="flex w-[17rem] shrink-0 snap-start flex-col rounded-xl border bg-(--column-bg) [--column-bg:var(--muted)] dark:[--column-bg:color-mix(in_oklab,var(--card)_45%,var(--background))]"
    >
      <header className="sticky top-0 z-10 flex flex-col gap-0.5 rounded-t-xl border-b bg-(--column-bg) px-3 pt-3 pb-2.5">
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="flex min-w-0 items-center gap-2 text-sm font-semibold">
            <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-full", stageDot[column.stage])} />
            <span className="truncate">{tStage(column.stage)}</span>
          </h2>
          <span className="rounded-full bg-background px-2 py-0.5 text-xs font-medium tabular-nums shadow-xs dark:bg-card">
            <span aria-hidden="true" data-testid="column-count">
              {column.count}
            </span>
            <span className="sr-only">{t("columnCount", { count: column.count })}</span>
          </span>
        </div>
        <p className="flex items-baseline justify-between gap-2 text-xs text-muted-foreground">
          <span className="tabular-nums">
            <span aria-hidden="true" data-testid="column-value">
              {formatMoney(column.valueCents, locale)}
            </span>
            <span className="sr-only">{t("columnValue", { value: formatMoney(column.valueCents, locale) })}</span>
          </span>
          {closed && <span>{t("lastDays", { days: closedWindowDays })}</span>}
        </p>
      </header>

      {readOnly ? (
        <div className="relative flex min-h-28 flex-1 flex-col gap-2 p-2">
          {column.leads.length === 0
            ? empty(false)
            : column.leads.map((lead) => <LeadCard key={lead.id} lead={lead} stage={column.stage} />)}
        </div>
      ) : (
        <Droppable droppableId={column.stage}>
          {(provided, snapshot) => (
            <div
              ref={provided.innerRef}
              {...provided.droppableProps}
              className={cn(
                "relative flex min-h-28 flex-1 flex-col gap-2 rounded-b-xl p-2 transition-colors",
                snapshot.isDraggingOver && "bg-primary/5",
              )}
            >
              {column.leads.length === 0 && empty(snapshot.isDraggingOver)}
              {column.leads.map((lead, index) => (
                <Draggable key={lead.id} draggableId={lead.id} index={index}>
                  {(drag, dragSnapshot) => <LeadCard lead={lead} stage={column.stage} drag={drag} isDragging={dragSnapshot.isDragging} />}
                </Draggable>
              ))}
              {provided.placeholder}
            </div>
          )}
        </Droppable>
      )}

      {hidden > 0 && (
        <Link
          href={`/crm/leads?stage=${column.stage}`}
          prefetch={false}
          className="mx-2 mb-2 rounded-md px-2 py-1.5 text-center text-xs font-medium text-primary underline-offset-4 hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
        >
          {t("moreInColumn", { count: hidden })}
        </Link>
      )}
    </section>
  );
}
