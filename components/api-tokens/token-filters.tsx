"use client";

import { useTranslations } from "next-intl";
import { SearchInput } from "@/components/data-table/search-input";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { useSearchQuery } from "@/components/data-table/use-search-query";
import { tokenStatuses, type TokenStatus } from "@/lib/api-tokens/statuses";
import { cn } from "@/lib/utils";

/** The admins' token filters, kept in the URL: the owner's name or email, and the status. */
export function TokenFilters({ q, status }: { q: string; status?: TokenStatus }) {
  const t = useTranslations("adminTokens");
  const tStatus = useTranslations("apiTokens.status");
  const { update, pending } = useSearchParamsUpdate();
  const search = useSearchQuery(q, update);
  return (
    <div className={cn("flex flex-col gap-3 sm:flex-row sm:items-center", pending && "opacity-70")}>
      <SearchInput value={search.q} onChange={search.setQ} placeholder={t("search")} label={t("searchLabel")} />
      <div role="group" aria-label={t("filterStatus")} className="flex flex-wrap gap-2">
        {[undefined, ...tokenStatuses].map((value) => (
          <button
            key={value ?? "all"}
            type="button"
            aria-pressed={status === value}
            onClick={() => update({ status: value })}
            className="rounded-full border px-3 py-1 text-sm text-muted-foreground transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-pressed:border-primary aria-pressed:bg-primary aria-pressed:text-primary-foreground"
          >
            {value ? tStatus(value) : t("allStatuses")}
          </button>
        ))}
      </div>
    </div>
  );
}
