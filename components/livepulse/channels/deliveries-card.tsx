import { History } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterChips } from "@/components/data-table/filter-chips";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { alertNames, livepulseNames } from "@/components/livepulse/names-server";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import type { listAlertDeliveries } from "@/lib/livepulse/channels/queries";
import { deliveryStatuses, type DeliveryListQuery } from "@/lib/livepulse/channels/schemas";

const basePath = "/livepulse/alerts/channels";

/** The delivery log: per delivery its channel, alert or test, status, attempts, last error and time; filters and pages in the URL. */
export async function DeliveriesCard({
  deliveries,
  query,
  channels,
}: {
  deliveries: Awaited<ReturnType<typeof listAlertDeliveries>>;
  query: DeliveryListQuery;
  channels: Array<{ id: string; name: string }>;
}) {
  const [t, tStatus, tEvent, nameOf, alertName, dates] = await Promise.all([
    getTranslations("livepulseChannels"),
    getTranslations("alertDeliveryStatus"),
    getTranslations("alertDeliveryEvent"),
    livepulseNames(),
    alertNames(),
    getDateFormat(),
  ]);
  const href = (changes: Record<string, string | number | undefined>) =>
    listHref(basePath, {
      channelId: query.channelId,
      status: query.status,
      page: query.page,
      pageSize: query.pageSize === 20 ? undefined : query.pageSize,
      ...changes,
    });
  const filtered = Boolean(query.channelId || query.status);
  const { items, total, page, pageSize } = deliveries;

  return (
    <Card className="gap-0 pb-0" id="deliveries">
      <CardHeader className="gap-3 pb-4">
        <CardTitle as="h2">{t("log.title")}</CardTitle>
        <CardDescription>{t("log.hint")}</CardDescription>
        <FilterChips
          label={t("log.filterStatus")}
          options={[undefined, ...deliveryStatuses].map((status) => ({
            value: status,
            label: status ? tStatus(status) : t("log.allStatuses"),
          }))}
          current={query.status}
          href={(status) => href({ status, page: 1 })}
        />
        {channels.length > 1 && (
          <FilterChips
            label={t("log.filterChannel")}
            options={[undefined, ...channels.map((c) => c.id)].map((id) => ({
              value: id,
              label: id ? (channels.find((c) => c.id === id)?.name ?? id) : t("log.allChannels"),
            }))}
            current={query.channelId}
            href={(channelId) => href({ channelId, page: 1 })}
          />
        )}
      </CardHeader>
      {items.length === 0 ? (
        <CardContent className="pb-6">
          <EmptyState
            icon={<History />}
            title={t("log.empty")}
            description={filtered ? t("log.emptyFiltered") : t("log.emptyHint")}
            titleAs="p"
            action={
              filtered ? (
                <Button asChild variant="outline">
                  <Link href={basePath}>{t("log.clearFilters")}</Link>
                </Button>
              ) : undefined
            }
          />
        </CardContent>
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("log.columns.delivery")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("log.columns.attempts")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("log.columns.lastError")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("log.columns.time")}</TableHead>
                <TableHead className="pr-6 text-right">{t("log.columns.status")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((delivery) => (
                <TableRow key={delivery.id} data-testid="delivery-row">
                  <TableCell className="max-w-52 pl-6 sm:max-w-80">
                    <span className="block truncate font-medium">{nameOf(delivery.channel)}</span>
                    <span className="block truncate text-xs text-muted-foreground">
                      {tEvent(delivery.event)}
                      {delivery.alert && ` · ${alertName(delivery.alert)}`}
                    </span>
                    <span className="block text-xs text-muted-foreground sm:hidden">{formatDate(delivery.createdAt, dates, true)}</span>
                  </TableCell>
                  <TableCell className="hidden tabular-nums md:table-cell">{delivery.attempts}</TableCell>
                  <TableCell
                    className="hidden max-w-64 truncate text-xs text-muted-foreground lg:table-cell"
                    title={delivery.lastError ?? undefined}
                  >
                    {delivery.lastError ?? t("log.none")}
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
                    {formatDate(delivery.createdAt, dates, true)}
                  </TableCell>
                  <TableCell className="pr-6 text-right">
                    <StatusBadge kind="alertDeliveryStatus" value={delivery.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LinkPagination
            namespace="livepulseChannels"
            page={page}
            pageSize={pageSize}
            total={total}
            href={(target) => href({ page: target })}
          />
        </>
      )}
    </Card>
  );
}
