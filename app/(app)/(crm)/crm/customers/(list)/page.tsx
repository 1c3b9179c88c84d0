import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CustomerSearch } from "@/components/crm/customers/customer-search";
import { CustomerTable } from "@/components/crm/customers/customer-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { customerListQuery } from "@/lib/crm/customers/schemas";
import { listCustomers } from "@/lib/crm/customers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers"))("title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePage("crm:read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A hand-edited URL with a wrong value falls back to the defaults rather than failing.
  const parsed = customerListQuery.safeParse(raw);
  // A search the list cannot run (too long, unstorable text) keeps what it can: its first 100 storable characters.
  const q =
    typeof raw.q === "string"
      ? raw.q
          .replace(/\u0000/g, "")
          .slice(0, 100)
          .toWellFormed()
      : undefined;
  const query = parsed.success ? parsed.data : customerListQuery.parse({ q });
  const [page, t] = await Promise.all([listCustomers(user, query), getTranslations("customers")]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("subtitle")} className="pb-0" />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <CustomerSearch query={query} />
        <p className="text-sm text-muted-foreground" role="status" data-testid="customer-count">
          {query.q ? t("resultsFor", { total: page.total, q: query.q }) : t("results", { total: page.total })}
        </p>
      </div>
      <CustomerTable page={page} query={query} />
      <p className="text-xs text-muted-foreground">{t("lifetimeValueHint")}</p>
    </div>
  );
}
