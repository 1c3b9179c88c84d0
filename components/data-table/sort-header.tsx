"use client";

import { useTranslations } from "next-intl";

/**
 * A sortable column's header: shows the current order and asks for the next one. Its arrow is drawn
 * by the stylesheet (`.ui-sort`), from `data-dir`, before the label in a column of figures (`num`).
 */
export function SortHeader({ label, active, dir, onSort }: { label: string; active: boolean; dir: "asc" | "desc"; onSort: () => void }) {
  const t = useTranslations("dataTable");
  return (
    <button
      type="button"
      onClick={onSort}
      className="ui-sort"
      data-dir={active ? dir : undefined}
      aria-label={`${t("sortBy", { column: label })}${active ? ` (${dir === "asc" ? t("sortedAsc") : t("sortedDesc")})` : ""}`}
    >
      {label}
    </button>
  );
}
