"use client";

import { Download, X } from "lucide-react";
import { DateRangeFilter } from "@/components/data-table/date-range-filter";
import { useTranslations } from "next-intl";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { actionKey, auditEntities, auditEntityTypes, isAuditEntity } from "@/lib/audit-log/entities";

type ActorOption = { id: string; name: string; email: string };

const any = "any";
/** Cursors and page size belong to one listing: a new filter starts from the newest entries. */
const pageKeys = { older: undefined, newer: undefined };

/** The audit log's filters; every one lives in the URL, so a filtered view is a link to share. */
export function AuditFilters({
  actors,
  timeZone,
  filterKeys: auditFilterKeys,
}: {
  actors: ActorOption[];
  timeZone: string;
  /** The URL parameters the filters live in (from the filters' schema, which stays on the server). */
  filterKeys: readonly string[];
}) {
  const t = useTranslations("audit");
  const tEntity = useTranslations("auditEntity");
  const tAction = useTranslations("auditAction");
  const { update, searchParams } = useSearchParamsUpdate();
  const set = (changes: Record<string, string | undefined>) => update({ ...changes, ...pageKeys });

  const entity = searchParams.get("entity") ?? "";
  const knownEntity = isAuditEntity(entity) ? entity : null;
  const actions = knownEntity ? auditEntities[knownEntity].actions : auditEntityTypes.flatMap((type) => auditEntities[type].actions);
  // The box starts again from the URL whenever the URL changes (a reset, the back button).
  const entityId = searchParams.get("entityId") ?? "";

  const filtered = auditFilterKeys.some((key) => key !== "tz" && searchParams.has(key));
  const exportParams = new URLSearchParams([...searchParams.entries()].filter(([key]) => auditFilterKeys.includes(key) && key !== "tz"));
  exportParams.set("tz", timeZone);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label={t("filters")}>
        <ChoiceSelect
          value={searchParams.get("actor") ?? any}
          onValueChange={(value) => set({ actor: value === any ? undefined : value })}
          options={[
            { value: any, label: t("anyActor") },
            { value: "system", label: t("system") },
            ...actors.map((actor) => ({ value: actor.id, label: actor.name })),
          ]}
          size="sm"
          aria-label={t("actor")}
          className="w-full min-w-44 sm:w-auto"
        />
        <ChoiceSelect
          value={knownEntity ?? any}
          onValueChange={(value) => {
            const next = value === any ? undefined : value;
            const action = searchParams.get("action");
            // An action of another record type would make the filters contradict each other.
            const keepAction =
              next && action && (auditEntities[next as keyof typeof auditEntities].actions as readonly string[]).includes(action);
            set({ entity: next, ...(keepAction ? {} : { action: undefined }) });
          }}
          options={[{ value: any, label: t("anyEntity") }, ...auditEntityTypes.map((type) => ({ value: type, label: tEntity(type) }))]}
          size="sm"
          aria-label={t("entity")}
          className="w-full min-w-40 sm:w-auto"
        />
        <ChoiceSelect
          value={searchParams.get("action") ?? any}
          onValueChange={(value) => set({ action: value === any ? undefined : value })}
          options={[
            { value: any, label: t("anyAction") },
            ...actions.map((action) => ({ value: action, label: tAction(actionKey(action) as Parameters<typeof tAction>[0]) })),
          ]}
          size="sm"
          aria-label={t("action")}
          className="w-full min-w-44 sm:w-auto"
        />
        <form
          className="flex w-full items-center gap-1.5 sm:w-auto"
          onSubmit={(event) => {
            event.preventDefault();
            const typed = new FormData(event.currentTarget).get("entityId");
            set({ entityId: typeof typed === "string" && typed.trim() ? typed.trim() : undefined });
          }}
        >
          <Input
            type="search"
            key={entityId}
            name="entityId"
            defaultValue={entityId}
            aria-label={t("entityId")}
            placeholder={t("entityIdPlaceholder")}
            maxLength={40}
            className="h-8 w-full font-mono text-xs placeholder:font-sans sm:w-56"
          />
          <Button type="submit" variant="outline" size="sm">
            {t("apply")}
          </Button>
        </form>
        <DateRangeFilter
          fromLabel={t("from")}
          toLabel={t("to")}
          from={searchParams.get("from")}
          to={searchParams.get("to")}
          onChange={(bound, value) => set({ [bound]: value })}
          stretch
        />
        {filtered && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              set(Object.fromEntries(auditFilterKeys.map((key) => [key, undefined])));
            }}
          >
            <X aria-hidden="true" />
            {t("reset")}
          </Button>
        )}
        <Button asChild variant="outline" size="sm" title={t("exportHint")} className="sm:ml-auto">
          <a href={`/api/audit/export?${exportParams.toString()}`} download>
            <Download aria-hidden="true" />
            {t("export")}
          </a>
        </Button>
      </div>
    </div>
  );
}
