"use client";

import { UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { MultiSelectFilter } from "@/components/data-table/multi-select-filter";
import { SearchInput } from "@/components/data-table/search-input";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { useSearchQuery } from "@/components/data-table/use-search-query";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectOptions, SelectTrigger, SelectValue } from "@/components/ui/select";
import { slaFilterStates } from "@/lib/tickets/schemas";
import { ticketPriorities, ticketStatuses } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";

const filterKeys = ["q", "status", "priority", "assignee", "customer", "sla"];

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
  const { update, searchParams } = useSearchParamsUpdate();
  const { q, setQ, clear } = useSearchQuery(searchParams.get("q") ?? "", update);
  const list = (key: string) => (searchParams.get(key) ?? "").split(",").filter(Boolean);
  const assignee = searchParams.get("assignee") ?? "all";
  const filtered = filterKeys.some((key) => searchParams.has(key));

  return (
    <div className="flex flex-col gap-3">
      <SearchInput value={q} onChange={setQ} placeholder={t(staff ? "searchStaff" : "searchCustomer")} label={t("search")} />
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("label")}>
        <MultiSelectFilter
          label={t("status")}
          allLabel={t("any")}
          options={ticketStatuses.map((value) => ({ value, label: tStatus(value) }))}
          selected={list("status")}
          onChange={(values) => update({ status: values.join(",") || undefined })}
        />
        {staff && (
          <>
            <MultiSelectFilter
              label={t("priority")}
              allLabel={t("any")}
              options={[...ticketPriorities].reverse().map((value) => ({ value, label: tPriority(value) }))}
              selected={list("priority")}
              onChange={(values) => update({ priority: values.join(",") || undefined })}
            />
            <Select value={assignee} onValueChange={(value) => update({ assignee: value === "all" ? undefined : value })}>
              <SelectTrigger size="sm" aria-label={t("assignee")} className="min-w-44">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="all">{t("anyone")}</SelectItem>
                <SelectItem value="me">{t("me")}</SelectItem>
                <SelectItem value="none">{t("unassigned")}</SelectItem>
                <SelectOptions options={assignees.map((user) => ({ value: user.id, label: user.name }))} />
              </SelectContent>
            </Select>
            <Select
              value={searchParams.get("sla") ?? "all"}
              onValueChange={(value) => update({ sla: value === "all" ? undefined : value })}
            >
              <SelectTrigger
                size="sm"
                aria-label={t("sla")}
                className={cn("min-w-40", searchParams.has("sla") && "border-primary/60 bg-primary/5")}
              >
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="all">{t("slaAny")}</SelectItem>
                <SelectOptions options={slaFilterStates.map((state) => ({ value: state, label: t(`slaStates.${state}`) }))} />
              </SelectContent>
            </Select>
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
        {filtered && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              clear();
              update(Object.fromEntries(filterKeys.map((key) => [key, undefined])));
            }}
          >
            <X aria-hidden="true" />
            {t("reset")}
          </Button>
        )}
      </div>
    </div>
  );
}
