"use client";

import { useSearchParamsUpdate } from "./use-search-params-update";
import { useSearchQuery } from "./use-search-query";

/**
 * A list's filter bar kept in the URL: the type-ahead `q`, multi-value filters stored comma-separated
 * (`multiSelect(key)` gives a `MultiSelectFilter` its value and change), whether any filter of
 * `keys` (or `q`) is set, and a reset that clears them all at once.
 */
export function useUrlFilters(keys: readonly string[]) {
  const { update, searchParams } = useSearchParamsUpdate();
  const search = useSearchQuery(searchParams.get("q") ?? "", update);
  const all = ["q", ...keys];
  return {
    update,
    searchParams,
    q: search.q,
    setQ: search.setQ,
    filtered: all.some((key) => searchParams.has(key)),
    reset: () => {
      search.clear();
      update(Object.fromEntries(all.map((key) => [key, undefined])));
    },
    multiSelect: (key: string) => ({
      selected: (searchParams.get(key) ?? "").split(",").filter(Boolean),
      onChange: (values: string[]) => update({ [key]: values.join(",") || undefined }),
    }),
  };
}
