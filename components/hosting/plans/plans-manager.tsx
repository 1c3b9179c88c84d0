"use client";

import { Package, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DeletePlanDialog } from "./delete-plan-dialog";
import { PlanFormDialog } from "./plan-form-dialog";
import { PlanRow } from "./plan-row";
import type { AdminPlan } from "./types";
import { usePlanList } from "./use-plan-list";

type Editing = { plan: AdminPlan | null; key: number } | null;

/** The plan editor: list, order, on-sale switch, create / edit dialog, delete confirmation. */
export function PlansManager({ plans, canReadAudit = false }: { plans: AdminPlan[]; canReadAudit?: boolean }) {
  const t = useTranslations("admin");

  const { items, toggling, moving, toggle, move, moveButtonRef } = usePlanList(plans);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AdminPlan | null>(null);

  function openEditor(plan: AdminPlan | null) {
    setEditing({ plan, key: Date.now() });
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
                <TableHead className="hidden 2xl:table-cell">{t("included")}</TableHead>
                <TableHead className="hidden text-right sm:table-cell">{t("requests")}</TableHead>
                <TableHead>{t("visible")}</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">{t("edit")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((plan, index) => (
                <PlanRow
                  key={plan.id}
                  plan={plan}
                  index={index}
                  count={items.length}
                  toggling={toggling === plan.id}
                  moveButtonRef={(direction) => moveButtonRef(plan.id, direction)}
                  onMove={(direction) => void move(index, direction)}
                  onToggle={(active) => void toggle(plan, active)}
                  onEdit={() => openEditor(plan)}
                  onDelete={() => setDeleting(plan)}
                  showHistory={canReadAudit}
                />
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
