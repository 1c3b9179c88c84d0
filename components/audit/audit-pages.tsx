import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** The list's foot: links to newer and older entries, keyset cursors in the URL, the filters kept. */
export async function AuditPages({
  filters,
  newer,
  older,
  count,
}: {
  filters: Record<string, string>;
  newer: string | null;
  older: string | null;
  count: number;
}) {
  const t = await getTranslations("audit");
  const href = (cursor: Record<string, string>) => `/admin/audit?${new URLSearchParams({ ...filters, ...cursor }).toString()}`;
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 border-t px-4 py-3 text-sm">
      <span className="text-muted-foreground">{t("shown", { count })}</span>
      <div className="flex flex-wrap items-center gap-2">
        {newer ? (
          <>
            <Button asChild variant="ghost" size="sm">
              <Link href={href({})}>
                <ChevronsLeft aria-hidden="true" />
                {t("newest")}
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href={href({ newer })} rel="prev">
                <ChevronLeft aria-hidden="true" />
                {t("newer")}
              </Link>
            </Button>
          </>
        ) : (
          <Button variant="outline" size="sm" disabled>
            <ChevronLeft aria-hidden="true" />
            {t("newer")}
          </Button>
        )}
        {older ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href({ older })} rel="next">
              {t("older")}
              <ChevronRight aria-hidden="true" />
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled>
            {t("older")}
            <ChevronRight aria-hidden="true" />
          </Button>
        )}
      </div>
    </nav>
  );
}
