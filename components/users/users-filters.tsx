"use client";

import { useTranslations } from "next-intl";
import { MultiSelectFilter } from "@/components/data-table/multi-select-filter";
import { ResetFiltersButton } from "@/components/data-table/reset-filters-button";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlFilters } from "@/components/data-table/use-url-filters";
import { roles } from "@/lib/auth/roles";
import { userStatuses } from "@/lib/users/statuses";

const filterKeys = ["role", "status"] as const;

/** The users list's search, role and status filters; every one lives in the URL. */
export function UsersFilters() {
  const t = useTranslations("users");
  const tRole = useTranslations("roles");
  const tStatus = useTranslations("userStatus");
  const { q, setQ, filtered, reset, multiSelect } = useUrlFilters(filterKeys);

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
      <SearchInput value={q} onChange={setQ} placeholder={t("searchPlaceholder")} label={t("searchLabel")} />
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("filters")}>
        <MultiSelectFilter
          label={t("role")}
          allLabel={t("any")}
          options={roles.map((value) => ({ value, label: tRole(value) }))}
          {...multiSelect("role")}
        />
        <MultiSelectFilter
          label={t("status")}
          allLabel={t("any")}
          options={userStatuses.map((value) => ({ value, label: tStatus(value) }))}
          {...multiSelect("status")}
        />
        <ResetFiltersButton shown={filtered} onReset={reset} label={t("reset")} />
      </div>
    </div>
  );
}
