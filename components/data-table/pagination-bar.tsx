"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";

const pageSizes = [25, 50, 100];

/**
 * The foot of a paginated list: where we are, the page size and the way to
 * the neighbouring pages. `update` writes the URL (page 1 and 25 rows are the defaults).
 */
export function PaginationBar({
  label,
  summary,
  page,
  pages,
  pageSize,
  update,
}: {
  label: string;
  summary: string;
  page: number;
  pages: number;
  pageSize: number;
  update: (changes: Record<string, string | undefined>) => void;
}) {
  const t = useTranslations("dataTable");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 border-t px-4 py-3 text-sm">
      <span className="text-muted-foreground" aria-live="polite">
        {summary}
      </span>
      <div className="flex items-center gap-2">
        <ChoiceSelect
          value={String(pageSize)}
          onValueChange={(value) => update({ pageSize: value === "25" ? undefined : value })}
          options={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
          size="sm"
          aria-label={t("perPage")}
          className="w-20"
        />
        <Button
          variant="outline"
          size="sm"
          disabled={page <= 1}
          onClick={() => update({ page: page - 1 > 1 ? String(page - 1) : undefined })}
        >
          <ChevronLeft aria-hidden="true" />
          {t("previous")}
        </Button>
        <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => update({ page: String(page + 1) })}>
          {t("next")}
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  );
}
