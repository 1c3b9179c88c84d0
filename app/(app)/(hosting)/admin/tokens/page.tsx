import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TokenFilters } from "@/components/api-tokens/token-filters";
import { tokenRow } from "@/components/api-tokens/token-rows";
import { TokenTable } from "@/components/api-tokens/token-table";
import { ClientMessages } from "@/components/client-messages";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listTokens } from "@/lib/api-tokens/queries";
import { tokenListQuery } from "@/lib/api-tokens/schemas";
import { requirePage } from "@/lib/auth/require-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminTokens"))("title") };
}

const basePath = "/admin/tokens";

/** Every user's API tokens (admins): search by owner, filter by status, revoke; pages through the URL. */
export default async function AdminTokensPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePage("tokens:manage");
  const search = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = tokenListQuery.safeParse(search);
  const query = parsed.success ? parsed.data : tokenListQuery.parse({});
  const [{ items, total, page, pageSize }, t] = await Promise.all([listTokens(user, query), getTranslations("adminTokens")]);
  const filtered = Boolean(query.q || query.status);
  const href = (target: number) =>
    listHref(basePath, {
      q: query.q,
      status: query.status,
      pageSize: query.pageSize === 25 ? undefined : query.pageSize,
      page: target,
    });

  return (
    <ClientMessages namespaces={["apiTokens", "adminTokens", "permissionNames", "notifications"]}>
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} description={t("description")} className="pb-0" />
        <TokenFilters q={query.q ?? ""} status={query.status} />
        {items.length > 0 ? (
          <Card className="gap-0 py-0">
            <TokenTable tokens={items.map(tokenRow)} now={new Date().toISOString()} admin />
            <LinkPagination namespace="adminTokens" page={page} pageSize={pageSize} total={total} href={href} />
          </Card>
        ) : (
          <EmptyState
            icon={<KeyRound />}
            title={t("empty")}
            description={filtered ? t("emptyFiltered") : t("emptyAll")}
            action={
              filtered ? (
                <Button asChild variant="outline">
                  <Link href={basePath}>{t("reset")}</Link>
                </Button>
              ) : undefined
            }
          />
        )}
      </div>
    </ClientMessages>
  );
}
