import { Building2, SearchX } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CustomerListQuery, CustomerSortKey } from "@/lib/crm/customers/schemas";
import type { listCustomers } from "@/lib/crm/customers/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";

type Page = Awaited<ReturnType<typeof listCustomers>>;

/** The URL of the list with some parameters changed; defaults are left out. */
export function customersHref(query: CustomerListQuery, changes: Partial<CustomerListQuery>): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  if (merged.pageSize !== 20) params.set("pageSize", String(merged.pageSize));
  const search = params.toString();
  return search ? `/crm/customers?${search}` : "/crm/customers";
}

/** Figures read best largest first; names and companies A to Z. */
const firstDirection: Record<CustomerSortKey, "asc" | "desc"> = {
  name: "asc",
  company: "asc",
  createdAt: "desc",
  requests: "desc",
  lifetimeValue: "desc",
};

/** The customers table: sortable headers and pagination are links, so the URL holds the whole state. */
export async function CustomerTable({ page, query }: { page: Page; query: CustomerListQuery }) {
  const [t, locale] = await Promise.all([getTranslations("customers"), getLocale()]);
  const dates = await getDateFormat();
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));

  if (page.items.length === 0) {
    return query.q ? (
      <EmptyState
        icon={<SearchX />}
        title={t("noMatchTitle", { q: query.q })}
        description={t("noMatchDescription")}
        action={
          <Button asChild variant="outline">
            <Link href="/crm/customers">{t("clear")}</Link>
          </Button>
        }
      />
    ) : (
      <EmptyState icon={<Building2 />} title={t("emptyTitle")} description={t("emptyDescription")} />
    );
  }

  const sortHeader = (key: CustomerSortKey, label: string, className?: string) => {
    const active = query.sort === key;
    const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : firstDirection[key];
    return (
      <TableHead className={className} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={customersHref(query, { sort: key, dir: nextDir, page: 1 })}
          className="ui-sort"
          data-dir={active ? query.dir : undefined}
        >
          {label}
          <span className="sr-only">{active ? `, ${query.dir === "asc" ? t("sortedAsc") : t("sortedDesc")}` : ""}</span>
        </Link>
      </TableHead>
    );
  };

  return (
    <Card className="gap-0 py-0">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            {sortHeader("name", t("customer"), "pl-4")}
            {sortHeader("company", t("company"), "show-md")}
            {sortHeader("requests", t("requests"), "show-sm num")}
            <TableHead className="show-lg num">{t("openLeads")}</TableHead>
            <TableHead className="show-lg num">{t("openTickets")}</TableHead>
            {sortHeader("lifetimeValue", t("lifetimeValue"), "num")}
            {sortHeader("createdAt", t("since"), "show-xl pr-4")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((customer) => (
            <TableRow key={customer.id}>
              <TableCell className="row-title pl-4">
                <Link href={`/crm/customers/${customer.id}`}>{customer.name}</Link>
                <span>{customer.email}</span>
                {customer.company && <span className="md:hidden">{customer.company}</span>}
                {customer.disabled && <Badge variant="secondary">{t("disabled")}</Badge>}
              </TableCell>
              <TableCell className="show-md max-w-48 truncate">{customer.company ?? "—"}</TableCell>
              <TableCell className="show-sm num">{customer.requests}</TableCell>
              <TableCell className="show-lg num">{customer.openLeads}</TableCell>
              <TableCell className="show-lg num">{customer.openTickets}</TableCell>
              <TableCell className="num font-medium">{formatMoney(customer.lifetimeValueCents, locale)}</TableCell>
              <TableCell className="show-xl quiet pr-4">{formatDate(customer.createdAt, dates)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 border-t px-4 py-3 text-sm">
          <span className="text-muted-foreground">{t("pageOf", { page: page.page, pages })}</span>
          <div className="flex gap-2">
            <Button
              asChild
              variant="outline"
              size="sm"
              aria-disabled={page.page <= 1}
              className={page.page <= 1 ? "pointer-events-none opacity-50" : undefined}
            >
              <Link href={customersHref(query, { page: page.page - 1 })}>{t("previous")}</Link>
            </Button>
            <Button
              asChild
              variant="outline"
              size="sm"
              aria-disabled={page.page >= pages}
              className={page.page >= pages ? "pointer-events-none opacity-50" : undefined}
            >
              <Link href={customersHref(query, { page: page.page + 1 })}>{t("next")}</Link>
            </Button>
          </div>
        </nav>
      )}
    </Card>
  );
}
