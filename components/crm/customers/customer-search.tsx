import { Search, X } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CustomerListQuery } from "@/lib/crm/customers/schemas";

/** A plain GET form: the search lands in the URL and works before (and without) JavaScript. */
export async function CustomerSearch({ query }: { query: CustomerListQuery }) {
  const t = await getTranslations("customers");
  return (
    <form action="/crm/customers" method="get" role="search" className="flex w-full max-w-lg items-center gap-2">
      {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <label htmlFor="customer-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <div className="relative flex-1">
        <Search
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          id="customer-search"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          autoComplete="off"
          className="pl-8"
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("search")}
      </Button>
      {query.q && (
        <Button asChild variant="ghost" size="icon" title={t("clear")}>
          <Link href="/crm/customers" aria-label={t("clear")}>
            <X />
          </Link>
        </Button>
      )}
    </form>
  );
}
