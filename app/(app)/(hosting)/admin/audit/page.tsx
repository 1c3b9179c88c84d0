import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditEntry, auditHref } from "@/components/audit/audit-entry";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPages } from "@/components/audit/audit-pages";
import { BadFilters } from "@/components/audit/bad-filters";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findAuditActor, listAuditActors, listAuditEntries } from "@/lib/audit-log/queries";
import { auditFilterKeys, auditListQuery } from "@/lib/audit-log/schemas";
import { requirePage } from "@/lib/auth/require-page";
import { getDateFormat } from "@/lib/date-format-server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

/** The first value of each parameter, as the API reads a query. */
const firstValues = (search: Search) =>
  Object.fromEntries(
    Object.entries(search).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value[0] : value]])),
  );

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("audit:read");
  const [search, format, t] = await Promise.all([searchParams, getDateFormat(), getTranslations("audit")]);
  const raw = firstValues(search);
  // Days are the reader's unless the link says in which zone.
  const parsed = auditListQuery.safeParse({ tz: format.timeZone, ...raw });
  const actorId = parsed.success ? parsed.data.actor : undefined;
  const [page, staff, named] = await Promise.all([
    parsed.success ? listAuditEntries(user, parsed.data) : null,
    listAuditActors(user),
    actorId && actorId !== "system" ? findAuditActor(user, actorId) : null,
  ]);
  // A customer named by a link (from one of their entries) joins the actor list so the filter shows them.
  const actors = named && !staff.some((s) => s.id === named.id) ? [named, ...staff] : staff;
  const filters = Object.fromEntries(auditFilterKeys.flatMap((key) => (raw[key] ? [[key, raw[key]]] : [])));
  const filtered = Object.keys(filters).some((key) => key !== "tz");

  return (
    <ClientMessages namespaces={["audit", "auditEntity", "auditAction"]}>
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} description={t("description")} className="pb-0" />
        <AuditFilters actors={actors} timeZone={format.timeZone} filterKeys={auditFilterKeys} />
        {!parsed.success ? (
          <BadFilters problems={parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ""), message: issue.message }))} />
        ) : page && page.items.length > 0 ? (
          <Card className="gap-0 overflow-hidden py-0">
            <ul aria-label={t("list")}>
              {page.items.map((entry) => (
                <AuditEntry key={entry.id} entry={entry} format={format} />
              ))}
            </ul>
            <AuditPages filters={filters} newer={page.newer} older={page.older} count={page.items.length} />
          </Card>
        ) : (
          <EmptyState
            icon={<ScrollText />}
            title={t("empty")}
            description={filtered ? t("emptyFiltered") : t("emptyAll")}
            action={
              filtered ? (
                <a href={auditHref({})} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                  {t("reset")}
                </a>
              ) : undefined
            }
          />
        )}
      </div>
    </ClientMessages>
  );
}
