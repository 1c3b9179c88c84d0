"use client";

import { CalendarRange, ChevronDown, Download, Search, UserRound, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { leadSources, leadStages } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";
import { useSearchParamsUpdate } from "./use-search-params-update";

type Assignee = { id: string; name: string };

function MultiSelect({
  label,
  options,
  selected,
  onChange,
  allLabel,
}: {
  label: string;
  options: Array<{ value: string; label: string }>;
  selected: string[];
  onChange: (values: string[]) => void;
  allLabel: string;
}) {
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? options.find((o) => o.value === selected[0])?.label
        : `${options.find((o) => o.value === selected[0])?.label} +${selected.length - 1}`;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          className={cn("justify-between gap-2", selected.length > 0 && "border-primary/60 bg-primary/5")}
        >
          <span className="text-muted-foreground">{label}</span>
          <span className="max-w-36 truncate">{summary}</span>
          <ChevronDown className="opacity-60" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-56">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {options.map((option) => (
          <DropdownMenuCheckboxItem
            key={option.value}
            checked={selected.includes(option.value)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) =>
              onChange(checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
            }
          >
            {option.label}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The leads list's filters; every one lives in the URL. */
export function LeadsFilters({ assignees, total }: { assignees: Assignee[]; total: number }) {
  const t = useTranslations("leads");
  const tStage = useTranslations("leadStage");
  const tSource = useTranslations("leadSource");
  const { update, searchParams } = useSearchParamsUpdate();
  const list = (key: string) => (searchParams.get(key) ?? "").split(",").filter(Boolean);
  const [q, setQ] = useState(searchParams.get("q") ?? "");
  const lastSent = useRef(q);

  // Type-ahead search: the URL follows 300 ms after the last keystroke.
  useEffect(() => {
    if (q === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = q;
      update({ q: q.trim() || undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [q, update]);

  const mine = searchParams.get("mine") === "1";
  const assignee = searchParams.get("assignee") ?? "all";
  const exportHref = `/api/crm/leads/export?${new URLSearchParams(
    [...searchParams.entries()].filter(([key]) => !["page", "pageSize", "sort", "dir"].includes(key)),
  ).toString()}`;
  const filtered = ["q", "stage", "source", "assignee", "mine", "createdFrom", "createdTo"].some((key) => searchParams.has(key));

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <div className="relative flex-1 sm:max-w-sm">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden="true"
          />
          <Input
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            placeholder={t("searchPlaceholder")}
            aria-label={t("searchLabel")}
            className="pl-8"
          />
        </div>
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
        <MultiSelect
          label={t("stage")}
          allLabel={t("any")}
          options={leadStages.map((value) => ({ value, label: tStage(value) }))}
          selected={list("stage")}
          onChange={(values) => update({ stage: values.join(",") || undefined })}
        />
        <MultiSelect
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
            {assignees.map((user) => (
              <SelectItem key={user.id} value={user.id}>
                {user.name}
              </SelectItem>
            ))}
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
              setQ("");
              lastSent.current = "";
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
