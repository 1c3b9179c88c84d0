"use client";

import { ArrowDown, ArrowUp, Loader2, Package, Pencil, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Switch } from "@/components/ui/switch";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { reorderPlansAction, setPlanActiveAction } from "@/lib/hosting/plans/actions";
import { DeletePlanDialog } from "./delete-plan-dialog";
import { PlanFormDialog } from "./plan-form-dialog";
import type { AdminPlan } from "./types";
import { usePlanErrorMessages } from "./use-plan-error-messages";

type Editing = { plan: AdminPlan | null; key: number } | null;

/** The plan editor: list, order, on-sale switch, create / edit dialog, delete confirmation. */
export function PlansManager({ plans }: { plans: AdminPlan[] }) {
  const t = useTranslations("admin");
  const tPricing = useTranslations("pricing");
  const locale = useLocale() as "fr" | "en";
  const router = useRouter();
  const planMessages = usePlanErrorMessages();
  const errorMessage = useActionErrorMessage(planMessages);
  // A move refused as invalid means the list changed meanwhile (another admin added or removed a plan).
  const moveErrorMessage = useActionErrorMessage({ ...planMessages, VALIDATION: t("orderChanged") });

  // Local copy for optimistic moves and switches; replaced when the server sends fresh plans.
  const [items, setItems] = useState(plans);
  const [source, setSource] = useState(plans);
  if (plans !== source) {
    setSource(plans);
    setItems(plans);
  }

  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AdminPlan | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  // Moves are not disabled while one is saved (that would drop keyboard focus): extra presses wait.
  const movingRef = useRef(false);
  const focusAfterMove = useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const index = items.findIndex((p) => p.id === target.id);
    // At either end the pressed button is disabled: hand focus to its twin.
    const direction =
      target.direction === "up" && index === 0
        ? "down"
        : target.direction === "down" && index === items.length - 1
          ? "up"
          : target.direction;
    moveButtons.current.get(`${target.id}:${direction}`)?.focus();
  }, [items]);

  function openEditor(plan: AdminPlan | null) {
    setEditing({ plan, key: Date.now() });
  }

  async function toggle(plan: AdminPlan, active: boolean) {
    setToggling(plan.id);
    setItems((current) => current.map((p) => (p.id === plan.id ? { ...p, active } : p)));
    const result = await setPlanActiveAction({ id: plan.id, active });
    const error = actionError(result);
    setToggling(null);
    if (error) {
      setItems((current) => current.map((p) => (p.id === plan.id ? { ...p, active: plan.active } : p)));
      toast.error(errorMessage(error));
      return;
    }
    toast.success(active ? t("activated", { name: plan.name }) : t("deactivated", { name: plan.name }));
    router.refresh();
  }

  async function move(index: number, direction: "up" | "down") {
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= items.length || movingRef.current) return;
    movingRef.current = true;
    const previous = items;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    focusAfterMove.current = { id: items[index].id, direction };
    setItems(next);
    setMoving(true);
    const result = await reorderPlansAction({ ids: next.map((p) => p.id) });
    const error = actionError(result);
    movingRef.current = false;
    setMoving(false);
    if (error) {
      setItems(previous);
      toast.error(moveErrorMessage(error));
      router.refresh();
      return;
    }
    toast.success(t("reordered"), { id: "plans-reordered" });
    router.refresh();
  }

  const newButton = (
    <Button onClick={() => openEditor(null)}>
      <Plus aria-hidden="true" />
      {t("newPlan")}
    </Button>
  );

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("plansTitle")}
        description={t("plansSubtitle")}
        actions={items.length > 0 ? newButton : undefined}
        className="pb-0"
      />
      {items.length === 0 ? (
        <EmptyState icon={<Package />} title={t("emptyTitle")} description={t("emptyDescription")} action={newButton} />
      ) : (
        <Card className="py-0">
          <Table aria-busy={moving || undefined}>
            <TableHeader>
              <TableRow>
                <TableHead className="sm:w-24">{t("order")}</TableHead>
                <TableHead>{t("name")}</TableHead>
                <TableHead className="hidden text-right sm:table-cell">{t("monthly")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("included")}</TableHead>
                <TableHead className="hidden text-right sm:table-cell">{t("requests")}</TableHead>
                <TableHead>{t("visible")}</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">{t("edit")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((plan, index) => (
                <TableRow key={plan.id} data-testid={`plan-row-${plan.slug}`} className={plan.active ? undefined : "text-muted-foreground"}>
                  <TableCell>
                    <div className="flex items-center gap-1">
                      <span className="hidden w-5 text-right text-sm text-muted-foreground tabular-nums sm:inline">{index + 1}</span>
                      {(["up", "down"] as const).map((direction) => (
                        <Button
                          key={direction}
                          ref={(node) => {
                            const key = `${plan.id}:${direction}`;
                            if (node) moveButtons.current.set(key, node);
                            else moveButtons.current.delete(key);
                          }}
                          variant="ghost"
                          size="icon-sm"
                          aria-label={direction === "up" ? t("moveUp", { name: plan.name }) : t("moveDown", { name: plan.name })}
                          disabled={direction === "up" ? index === 0 : index === items.length - 1}
                          onClick={() => void move(index, direction)}
                        >
                          {direction === "up" ? <ArrowUp aria-hidden="true" /> : <ArrowDown aria-hidden="true" />}
                        </Button>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell className="max-w-40 whitespace-normal sm:max-w-72">
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
                  <TableCell className="hidden text-muted-foreground lg:table-cell">
                    {tPricing("resources", { cpu: plan.cpuIncluded, ram: plan.ramIncludedGb, storage: plan.storageIncludedGb })}
                  </TableCell>
                  <TableCell className="hidden text-right tabular-nums sm:table-cell">{plan.requestCount}</TableCell>
                  <TableCell>
                    <div className="flex items-center gap-2 md:min-w-28">
                      <Switch
                        checked={plan.active}
                        disabled={toggling === plan.id}
                        aria-label={t("toggleActive", { name: plan.name })}
                        onCheckedChange={(checked) => void toggle(plan, checked)}
                      />
                      {toggling === plan.id ? (
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
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        aria-label={t("editNamed", { name: plan.name })}
                        onClick={() => openEditor(plan)}
                      >
                        <Pencil aria-hidden="true" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        className="text-destructive hover:bg-destructive/10 hover:text-destructive"
                        aria-label={t("deleteNamed", { name: plan.name })}
                        onClick={() => setDeleting(plan)}
                      >
                        <Trash2 aria-hidden="true" />
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {editing && (
        <PlanFormDialog
          key={editing.key}
          plan={editing.plan}
          open
          onOpenChange={(open) => {
            if (!open) setEditing(null);
          }}
        />
      )}
      <DeletePlanDialog
        plan={deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        onDeactivate={(plan) => void toggle(plan, false)}
      />
    </div>
  );
}
