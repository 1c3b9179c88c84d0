"use client";

import type { DraggableProvided } from "@hello-pangea/dnd";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney, relativeTimeFormat } from "@/lib/format";
import type { PipelineCard } from "@/lib/crm/pipeline/queries";
import type { LeadStageName } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";

const DAY = 86_400_000;

/** "today", "3 days ago", "2 months ago", in the UI's language. */
function relativeDay(date: Date, locale: string): string {
  const rtf = relativeTimeFormat(locale);
  const days = Math.round((new Date(date).getTime() - Date.now()) / DAY);
  return Math.abs(days) < 45 ? rtf.format(days, "day") : rtf.format(Math.round(days / 30), "month");
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

type DragBindings = Pick<DraggableProvided, "draggableProps" | "dragHandleProps" | "innerRef">;

/**
 * One lead of the board: a link to its page that is also, when the board is editable, the drag
 * handle (Space lifts it, the arrows move it, Space drops it; Enter still opens the lead).
 */
export function LeadCard({
  lead,
  stage,
  drag,
  isDragging = false,
}: {
  lead: PipelineCard;
  stage: LeadStageName;
  drag?: DragBindings;
  isDragging?: boolean;
}) {
  const t = useTranslations("pipeline");
  const tSource = useTranslations("leadSource");
  const locale = useLocale();
  const value = formatMoney(lead.valueCents, locale);
  const label = lead.company
    ? t("cardLabelCompany", { name: lead.name, company: lead.company, value })
    : t("cardLabel", { name: lead.name, value });
  const when =
    stage === "WON" && lead.closedAt
      ? t("wonOn", { when: relativeDay(lead.closedAt, locale) })
      : stage === "LOST" && lead.closedAt
        ? t("lostOn", { when: relativeDay(lead.closedAt, locale) })
        : lead.lastActivityAt
          ? t("lastActivity", { when: relativeDay(lead.lastActivityAt, locale) })
          : t("createdOn", { when: relativeDay(lead.createdAt, locale) });

  return (
    <Link
      href={`/crm/leads/${lead.id}`}
      prefetch={false}
      ref={drag?.innerRef}
      {...drag?.draggableProps}
      {...drag?.dragHandleProps}
      // The library marks handles as buttons; this one stays a link (Enter opens it, Space lifts it).
      role={undefined}
      aria-label={label}
      data-testid="pipeline-card"
      data-lead-id={lead.id}
      className={cn(
        "group/card block rounded-lg border bg-card p-3 text-card-foreground shadow-xs transition-[border-color,box-shadow] outline-none select-none",
        "hover:border-primary/40 hover:shadow-sm focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
        drag && "cursor-grab active:cursor-grabbing",
        isDragging && "cursor-grabbing border-primary/60 shadow-lg ring-2 ring-primary/30",
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-sm leading-5 font-medium group-hover/card:text-primary">{lead.name}</p>
          {lead.company && <p className="truncate text-xs text-muted-foreground">{lead.company}</p>}
        </div>
        <span className="shrink-0 text-sm leading-5 font-semibold tabular-nums">{value}</span>
      </div>
      <div className="mt-2">
        <span className="inline-flex max-w-full items-center truncate rounded-md bg-secondary px-1.5 py-0.5 text-[0.6875rem] font-medium text-secondary-foreground">
          {tSource(lead.source)}
        </span>
      </div>
      <div className="mt-3 flex items-center justify-between gap-2 border-t pt-2 text-xs text-muted-foreground">
        <span className="flex min-w-0 items-center gap-1.5">
          <span
            aria-hidden="true"
            className={cn(
              "flex size-5 shrink-0 items-center justify-center rounded-full text-[0.625rem] font-semibold",
              lead.assigneeName ? "bg-primary/15 text-primary" : "border border-dashed",
            )}
          >
            {lead.assigneeName ? initials(lead.assigneeName) : ""}
          </span>
          <span className="truncate">{lead.assigneeName ?? t("unassigned")}</span>
        </span>
        <span className="shrink-0" suppressHydrationWarning>
          {when}
        </span>
      </div>
    </Link>
  );
}
