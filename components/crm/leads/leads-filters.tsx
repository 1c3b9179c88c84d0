"use client";

import { Download, UserRound } from "lucide-react";
import { DateRangeFilter } from "@/components/data-table/date-range-filter";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { leadSources, leadStages } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";
import { MultiSelectFilter } from "@/components/data-table/multi-select-filter";
import { ResetFiltersButton } from "@/components/data-table/reset-filters-button";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlFilters } from "@/components/data-table/use-url-filters";

type Assignee = { id: string; name: string };

const filterKeys = ["stage", "source", "assignee", "mine", "createdFrom", "createdTo"] as const;

/** The leads list's filters; every one lives in the URL. */
export function LeadsFilters({ assignees, total }: { assignees: Assignee[]; total: number }) {
  const t = useTranslations("leads");
  const tStage = useTranslations("leadStage");
  const tSource = useTranslations("leadSource");
  const { update, searchParams, q, setQ, filtered, reset, multiSelect } = useUrlFilters(filterKeys);

  const mine = searchParams.get("mine") === "1";
  const assignee = searchParams.get("assignee") ?? "all";
  const exportHref = `/api/crm/leads/export?${new URLSearchParams(
    [...searchParams.entries()].filter(([key]) => !["page", "pageSize", "sort", "dir"].includes(key)),
  ).toString()}`;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <SearchInput value={q} onChange={setQ} placeholder={t("searchPlaceholder")} label={t("searchLabel")} />
        <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <Button asChild variant="outline" size="sm" title={t("exportHint", { count: total })}>
            <a href={exportHref} download>
              <Download aria-hidden="true" />
              {t("export")}
            </a>
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("filters")}>
        <MultiSelectFilter
          label={t("stage")}
          allLabel={t("any")}
          options={leadStages.map((value) => ({ value, label: tStage(value) }))}
          {...multiSelect("stage")}
        />
        <MultiSelectFilter
          label={t("source")}
          allLabel={t("any")}
          options={leadSources.map((value) => ({ value, label: tSource(value) }))}
          {...multiSelect("source")}
        />
        <ChoiceSelect
          value={mine ? "all" : assignee}
          onValueChange={(value) => update({ assignee: value === "all" ? undefined : value, mine: undefined })}
          options={[
            { value: "all", label: t("anyone") },
            { value: "none", label: t("unassigned") },
            ...assignees.map((user) => ({ value: user.id, label: user.name })),
          ]}
          size="sm"
          aria-label={t("assignee")}
          className="min-w-44"
          disabled={mine}
        />
        <Button
          variant="outline"
          size="sm"
          aria-pressed={mine}
          onClick={() => update({ mine: mine ? undefined : "1", assignee: undefined })}
          className={cn(mine && "border-primary bg-primary/10 text-primary hover:bg-primary/15")}
        >
          <UserRound aria-hidden="true" />
          {t("mine")}
        </Button>
        <DateRangeFilter
          fromLabel={t("createdFrom")}
          toLabel={t("createdTo")}
          from={searchParams.get("createdFrom")}
          to={searchParams.get("createdTo")}
          onChange={(bound, value) => update({ [bound === "from" ? "createdFrom" : "createdTo"]: value })}
        />
        <ResetFiltersButton shown={filtered} onReset={reset} label={t("reset")} />
      </div>
    </div>
  );
}
