"use client";

import { UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { MultiSelectFilter } from "@/components/data-table/multi-select-filter";
import { ResetFiltersButton } from "@/components/data-table/reset-filters-button";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlFilters } from "@/components/data-table/use-url-filters";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { slaFilterStates, ticketPriorities, ticketStatuses } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";

const filterKeys = ["status", "priority", "assignee", "customer", "sla"] as const;

/**
 * A ticket list's filters, every one in the URL. Staff get the whole set; a
 * customer searches and filters by status only.
 */
export function TicketFilters({
  staff,
  assignees = [],
  customerName,
}: {
  staff: boolean;
  assignees?: Array<{ id: string; name: string }>;
  /** The name of the customer the list is narrowed to, shown as a removable chip. */
  customerName?: string | null;
}) {
  const t = useTranslations("tickets.filters");
  const tStatus = useTranslations("ticketStatus");
  const tPriority = useTranslations("ticketPriority");
  const { update, searchParams, q, setQ, filtered, reset, multiSelect } = useUrlFilters(filterKeys);
  const assignee = searchParams.get("assignee") ?? "all";

  return (
    <div className="flex flex-col gap-3">
      <SearchInput value={q} onChange={setQ} placeholder={t(staff ? "searchStaff" : "searchCustomer")} label={t("search")} />
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("label")}>
        <MultiSelectFilter
          label={t("status")}
          allLabel={t("any")}
          options={ticketStatuses.map((value) => ({ value, label: tStatus(value) }))}
          {...multiSelect("status")}
        />
        {staff && (
          <>
            <MultiSelectFilter
              label={t("priority")}
              allLabel={t("any")}
              options={[...ticketPriorities].reverse().map((value) => ({ value, label: tPriority(value) }))}
              {...multiSelect("priority")}
            />
            <ChoiceSelect
              value={assignee}
              onValueChange={(value) => update({ assignee: value === "all" ? undefined : value })}
              options={[
                { value: "all", label: t("anyone") },
                { value: "me", label: t("me") },
                { value: "none", label: t("unassigned") },
                ...assignees.map((user) => ({ value: user.id, label: user.name })),
              ]}
              size="sm"
              aria-label={t("assignee")}
              className="min-w-44"
            />
            <ChoiceSelect
              value={searchParams.get("sla") ?? "all"}
              onValueChange={(value) => update({ sla: value === "all" ? undefined : value })}
              options={[
                { value: "all", label: t("slaAny") },
                ...slaFilterStates.map((state) => ({ value: state, label: t(`slaStates.${state}`) })),
              ]}
              size="sm"
              aria-label={t("sla")}
              className={cn("min-w-40", searchParams.has("sla") && "border-primary/60 bg-primary/5")}
            />
            {customerName && (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => update({ customer: undefined })}
                aria-label={t("removeCustomer", { name: customerName })}
              >
                <UserRound aria-hidden="true" />
                {customerName}
                <X aria-hidden="true" />
              </Button>
            )}
          </>
        )}
        <ResetFiltersButton shown={filtered} onReset={reset} label={t("reset")} />
      </div>
    </div>
  );
}
