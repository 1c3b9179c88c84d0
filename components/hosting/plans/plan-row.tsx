"use client";

import { ArrowDown, ArrowUp, Loader2, Pencil, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { HistoryLink } from "@/components/audit/history-link";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import type { AdminPlan } from "./types";
import type { MoveDirection } from "./use-plan-list";

type PlanRowProps = {
  plan: AdminPlan;
  index: number;
  count: number;
  toggling: boolean;
  moveButtonRef: (direction: MoveDirection) => (node: HTMLButtonElement | null) => void;
  onMove: (direction: MoveDirection) => void;
  onToggle: (active: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
  /** The plan's history link in the audit log, for those who may read it. */
  showHistory?: boolean;
};

/** One plan in the editor's table: its order buttons, figures, on-sale switch, edit and delete. */
export function PlanRow({ plan, index, count, toggling, moveButtonRef, onMove, onToggle, onEdit, onDelete, showHistory }: PlanRowProps) {
  const t = useTranslations("admin");
  const tPricing = useTranslations("pricing");
  const locale = useLocale() as "fr" | "en";
  return (
    <TableRow data-testid={`plan-row-${plan.slug}`} className={plan.active ? undefined : "text-muted-foreground"}>
      <TableCell>
        <div className="flex items-center gap-1">
          <span className="hidden w-5 text-right text-sm text-muted-foreground tabular-nums sm:inline">{index + 1}</span>
          {(["up", "down"] as const).map((direction) => (
            <Button
              key={direction}
              ref={moveButtonRef(direction)}
              variant="ghost"
              size="icon-sm"
              aria-label={direction === "up" ? t("moveUp", { name: plan.name }) : t("moveDown", { name: plan.name })}
              disabled={direction === "up" ? index === 0 : index === count - 1}
              onClick={() => onMove(direction)}
            >
              {direction === "up" ? <ArrowUp aria-hidden="true" /> : <ArrowDown aria-hidden="true" />}
            </Button>
          ))}
        </div>
      </TableCell>
      <TableCell className="max-w-40 whitespace-normal sm:max-w-72 sm:whitespace-normal">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-foreground">{plan.name}</span>
          {plan.highlighted && <Badge>{t("popular")}</Badge>}
          {plan.isCustom && <Badge variant="secondary">{t("custom")}</Badge>}
        </div>
        <div className="hidden truncate text-xs text-muted-foreground sm:block">{plan.tagline[locale]}</div>
        <div className="text-sm font-medium tabular-nums sm:hidden">{formatMoney(plan.monthlyPriceCents, locale)}</div>
        <div className="truncate font-mono text-xs text-muted-foreground">/{plan.slug}</div>
      </TableCell>
      <TableCell className="hidden text-right font-medium whitespace-nowrap tabular-nums sm:table-cell">
        {formatMoney(plan.monthlyPriceCents, locale)}
      </TableCell>
      <TableCell className="hidden text-muted-foreground 2xl:table-cell">
        {tPricing("resources", { cpu: plan.cpuIncluded, ram: plan.ramIncludedGb, storage: plan.storageIncludedGb })}
      </TableCell>
      <TableCell className="hidden text-right tabular-nums sm:table-cell">{plan.requestCount}</TableCell>
      <TableCell>
        <div className="flex items-center gap-2 md:min-w-28">
          <Switch
            checked={plan.active}
            disabled={toggling}
            aria-label={t("toggleActive", { name: plan.name })}
            onCheckedChange={onToggle}
          />
          {toggling ? (
            <Loader2 className="size-4 animate-spin text-muted-foreground" aria-hidden="true" />
          ) : (
            <span className="hidden text-sm md:inline" aria-hidden="true">
              {plan.active ? t("active") : t("inactive")}
            </span>
          )}
        </div>
      </TableCell>
      <TableCell className="text-right">
        <div className="flex justify-end gap-1">
          {showHistory && <HistoryLink entity="HostingPlan" entityId={plan.id} name={plan.name} compact />}
          <Button variant="ghost" size="icon-sm" aria-label={t("editNamed", { name: plan.name })} onClick={onEdit}>
            <Pencil aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            className="text-destructive hover:bg-destructive/10 hover:text-destructive"
            aria-label={t("deleteNamed", { name: plan.name })}
            onClick={onDelete}
          >
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
}
