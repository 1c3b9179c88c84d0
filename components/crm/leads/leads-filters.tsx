"use client";

import { CalendarRange, Download, UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectOptions, SelectTrigger, SelectValue } from "@/components/ui/select";
import { leadSources, leadStages } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";
import { MultiSelectFilter } from "@/components/data-table/multi-select-filter";
import { SearchInput } from "@/components/data-table/search-input";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { useSearchQuery } from "@/components/data-table/use-search-query";

type Assignee = { id: string; name: string };

/** The leads list's filters; every one lives in the URL. */
export function LeadsFilters({ assignees, total }: { assignees: Assignee[]; total: number }) {
  const t = useTranslations("leads");
  const tStage = useTranslations("leadStage");
  const tSource = useTranslations("leadSource");
  const { update, searchParams } = useSearchParamsUpdate();
  const list = (key: string) => (searchParams.get(key) ?? "").split(",").filter(Boolean);
  const { q, setQ, clear } = useSearchQuery(searchParams.get("q") ?? "", update);

  const mine = searchParams.get("mine") === "1";
  const assignee = searchParams.get("assignee") ?? "all";
  const exportHref = `/api/crm/leads/export?${new URLSearchParams(
    [...searchParams.entries()].filter(([key]) => !["page", "pageSize", "sort", "dir"].includes(key)),
  ).toString()}`;
  const filtered = ["q", "stage", "source", "assignee", "mine", "createdFrom", "createdTo"].some((key) => searchParams.has(key));

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
          selected={list("stage")}
          onChange={(values) => update({ stage: values.join(",") || undefined })}
        />
        <MultiSelectFilter
          label={t("source")}
          allLabel={t("any")}
          options={leadSources.map((value) => ({ value, label: tSource(value) }))}
          selected={list("source")}
          onChange={(values) => update({ source: values.join(",") || undefined })}
        />
        <Select
          value={mine ? "all" : assignee}
          onValueChange={(value) => update({ assignee: value === "all" ? undefined : value, mine: undefined })}
        >
          <SelectTrigger size="sm" aria-label={t("assignee")} className="min-w-44" disabled={mine}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">{t("anyone")}</SelectItem>
            <SelectItem value="none">{t("unassigned")}</SelectItem>
            <SelectOptions options={assignees.map((user) => ({ value: user.id, label: user.name }))} />
          </SelectContent>
        </Select>
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
        <div className="flex items-center gap-1.5">
          <CalendarRange className="size-4 text-muted-foreground" aria-hidden="true" />
          <Input
            type="date"
            aria-label={t("createdFrom")}
            title={t("createdFrom")}
            value={searchParams.get("createdFrom") ?? ""}
            max={searchParams.get("createdTo") ?? undefined}
            onChange={(event) => update({ createdFrom: event.target.value || undefined })}
            className="h-8 w-36"
          />
          <span className="text-muted-foreground" aria-hidden="true">
            –
          </span>
          <Input
            type="date"
            aria-label={t("createdTo")}
            title={t("createdTo")}
            value={searchParams.get("createdTo") ?? ""}
            min={searchParams.get("createdFrom") ?? undefined}
            onChange={(event) => update({ createdTo: event.target.value || undefined })}
            className="h-8 w-36"
          />
        </div>
        {filtered && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              clear();
              update({
                q: undefined,
                stage: undefined,
                source: undefined,
                assignee: undefined,
                mine: undefined,
                createdFrom: undefined,
                createdTo: undefined,
              });
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
