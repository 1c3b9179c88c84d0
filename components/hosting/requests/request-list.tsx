import { Server } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { FilterChips } from "@/components/data-table/filter-chips";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/format";
import { requestListQuery, requestStatuses } from "@/lib/hosting/requests/schemas";
import { pageRequests } from "@/lib/hosting/requests/queries";
import { channels } from "@/lib/realtime/channels";
import { getDateFormat } from "@/lib/date-format-server";

/**
 * The requests the user may see, filtered by status and paginated through the
 * URL of `basePath`: the customer portal and the CRM workspace show the same list.
 */
export async function RequestList({
  user,
  searchParams,
  basePath,
}: {
  user: SessionUser;
  searchParams: Record<string, string>;
  basePath: string;
}) {
  const isCustomer = user.role === "CUSTOMER";
  const parsed = requestListQuery.safeParse(searchParams);
  const query = parsed.success ? parsed.data : requestListQuery.parse({});
  const [{ items: requests, total, page, pageSize }, t, tStatus, tCommon, locale, dates] = await Promise.all([
    pageRequests(user, query),
    getTranslations("hosting"),
    getTranslations("requestStatus"),
    getTranslations("common"),
    getLocale(),
    getDateFormat(),
  ]);
  const price = (request: (typeof requests)[number]) =>
    request.billingCycle === "YEARLY"
      ? t("yearly", { amount: formatMoney(request.yearlyCents, locale) })
      : t("monthly", { amount: formatMoney(request.monthlyCents, locale) });
  const href = (changes: Record<string, string | number | undefined>) =>
    listHref(basePath, { status: query.status, page: query.page, ...changes });

  return (
    <>
      {isCustomer ? (
        <LiveRefresh channel={channels.user(user.id)} events={["request.updated"]} />
      ) : (
        <>
          {/* Staff: status changes, and the leads events of new submissions (they carry their request). */}
          <LiveRefresh channel={channels.pipeline} events={["request.updated"]} />
          <LiveRefresh channel={channels.pipeline} events={["lead.created", "lead.updated"]} match={{ requestId: true }} onFocus={false} />
        </>
      )}
      <FilterChips
        label={t("filterLabel")}
        options={[undefined, ...requestStatuses].map((status) => ({ value: status, label: status ? tStatus(status) : t("allStatuses") }))}
        current={query.status}
        href={(status) => href({ status, page: 1 })}
      />
      {requests.length === 0 ? (
        <EmptyState
          icon={<Server />}
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            <Button asChild>
              <Link href={query.status || !isCustomer ? basePath : "/hosting/request"}>
                {query.status || !isCustomer ? t("allStatuses") : t("newRequest")}
              </Link>
            </Button>
          }
        />
      ) : (
        <Card className="py-0">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("reference")}</TableHead>
                {!isCustomer && <TableHead className="show-md">{t("customer")}</TableHead>}
                <TableHead>{t("plan")}</TableHead>
                <TableHead className="show-lg">{t("domain")}</TableHead>
                <TableHead className="show-sm">{t("price")}</TableHead>
                <TableHead className="show-md">{t("date")}</TableHead>
                <TableHead className="text-right">{tCommon("status")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {requests.map((request) => (
                <TableRow key={request.id}>
                  <TableCell className="font-mono text-xs font-medium">
                    <Link href={`/hosting/requests/${request.id}`} className="text-primary underline-offset-4 hover:underline">
                      {request.reference}
                    </Link>
                  </TableCell>
                  {!isCustomer && <TableCell className="show-md">{request.customer.company ?? request.customer.name}</TableCell>}
                  <TableCell>
                    {request.plan.name}
                    {/* On a phone the price rides under the plan, so the status stays in view. */}
                    <span className="block text-xs text-muted-foreground tabular-nums sm:hidden">{price(request)}</span>
                  </TableCell>
                  <TableCell className="show-lg text-muted-foreground">{request.domainName}</TableCell>
                  <TableCell className="show-sm tabular-nums">{price(request)}</TableCell>
                  <TableCell className="show-md quiet">{formatDate(request.createdAt, dates)}</TableCell>
                  <TableCell className="text-right">
                    <StatusBadge kind="requestStatus" value={request.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LinkPagination namespace="hosting" page={page} pageSize={pageSize} total={total} href={(target) => href({ page: target })} />
        </Card>
      )}
    </>
  );
}
