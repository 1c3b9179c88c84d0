"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/** A sortable column's header: shows the current order and asks for the next one. */
export function SortHeader({
  label,
  active,
  dir,
  onSort,
  align = "left",
}: {
  label: string;
  active: boolean;
  dir: "asc" | "desc";
  onSort: () => void;
  align?: "left" | "right";
}) {
  const t = useTranslations("dataTable");
  const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      onClick={onSort}
      className={cn(
        "-mx-2 inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
        align === "right" && "flex-row-reverse",
        active && "text-foreground",
      )}
      aria-label={`${t("sortBy", { column: label })}${active ? ` (${dir === "asc" ? t("sortedAsc") : t("sortedDesc")})` : ""}`}
    >
      {label}
      <Icon className={cn("size-3.5", !active && "opacity-40")} aria-hidden="true" />
    </button>
  );
}
