import { Mail } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterChips } from "@/components/data-table/filter-chips";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { listEmails } from "@/lib/mail/queries";
import { emailListQuery, emailStatuses } from "@/lib/mail/schemas";

const basePath = "/admin/emails";

/** The delivery log: a status filter, newest messages first, pages through the URL. */
export async function EmailList({ user, searchParams }: { user: SessionUser; searchParams: Record<string, string> }) {
  const parsed = emailListQuery.safeParse(searchParams);
  const query = parsed.success ? parsed.data : emailListQuery.parse({});
  const [{ items, total, page, pageSize }, t, tStatus, dates] = await Promise.all([
    listEmails(user, query),
    getTranslations("emailLog"),
    getTranslations("emailStatus"),
    getDateFormat(),
  ]);
  const href = (changes: Record<string, string | number | undefined>) =>
    listHref(basePath, {
      status: query.status,
      page: query.page,
      pageSize: query.pageSize === 25 ? undefined : query.pageSize,
      ...changes,
    });

  return (
    <>
      <FilterChips
        label={t("filterStatus")}
        options={[undefined, ...emailStatuses].map((status) => ({ value: status, label: status ? tStatus(status) : t("allStatuses") }))}
        current={query.status}
        href={(status) => href({ status, page: 1 })}
      />
      {items.length === 0 ? (
        <EmptyState
          icon={<Mail />}
          title={t("empty")}
          description={query.status ? t("emptyFiltered") : undefined}
          action={
            query.status ? (
              <Button asChild variant="outline">
                <Link href={basePath}>{t("allStatuses")}</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Card className="py-0">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.subject")}</TableHead>
                <TableHead className="show-md">{t("columns.attempts")}</TableHead>
                <TableHead className="show-lg">{t("columns.lastError")}</TableHead>
                <TableHead className="show-sm">{t("columns.createdAt")}</TableHead>
                <TableHead className="text-right">{t("columns.status")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((email) => (
                <TableRow key={email.id}>
                  <TableCell className="row-title sm:max-w-80">
                    {/* The subject is in the reader's language, whatever the page's. */}
                    <Link href={`${basePath}/${email.id}`} lang={email.locale}>
                      {email.subject}
                    </Link>
                    <span>{email.to}</span>
                  </TableCell>
                  <TableCell className="show-md tabular-nums">{email.attempts}</TableCell>
                  <TableCell className="show-lg max-w-64 truncate text-xs text-muted-foreground" title={email.lastError ?? undefined}>
                    {email.lastError ?? t("none")}
                  </TableCell>
                  <TableCell className="show-sm quiet">{formatDate(email.createdAt, dates, true)}</TableCell>
                  <TableCell className="text-right">
                    <StatusBadge kind="emailStatus" value={email.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LinkPagination namespace="emailLog" page={page} pageSize={pageSize} total={total} href={(target) => href({ page: target })} />
        </Card>
      )}
    </>
  );
}
