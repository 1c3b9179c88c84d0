import { FolderOpen, Inbox, LifeBuoy, Mail, Phone, Server, Wallet } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/shell/back-link";
import { KpiCard } from "@/components/status/kpi-card";
import { StatusBadge } from "@/components/status/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatMoney, ticketReference } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";
import { customerRecord } from "./record";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record: customer } = await customerRecord((await params).id);
  return { title: customer.company ? `${customer.name} · ${customer.company}` : customer.name };
}

function Section({
  title,
  count,
  action,
  children,
}: {
  title: string;
  count: number;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card className="min-w-0 gap-0 pb-0">
      <CardHeader className="pb-4">
        <CardTitle as="h2" className="flex items-center gap-2">
          {title}
          <Badge variant="secondary" className="tabular-nums">
            {count}
          </Badge>
        </CardTitle>
        {action && <CardAction>{action}</CardAction>}
      </CardHeader>
      {children}
    </Card>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return (
    <p className="flex items-center gap-2 border-t px-6 py-5 text-sm text-muted-foreground">
      <FolderOpen className="size-4" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A customer's account: figures, requests, leads and tickets. No loading.tsx above it, so an unknown id answers 404. */
export default async function CustomerPage({ params }: Props) {
  const { record: customer } = await customerRecord((await params).id);
  const [t, tList, tSource, locale, dates] = await Promise.all([
    getTranslations("customers.detail"),
    getTranslations("customers"),
    getTranslations("leadSource"),
    getLocale(),
    getDateFormat(),
  ]);
  const money = (cents: number) => formatMoney(cents, locale);

  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/crm/customers">{t("back")}</BackLink>
      <PageHeader
        className="pb-0"
        title={
          <span className="flex flex-wrap items-center gap-3">
            {customer.name}
            {customer.disabled && <Badge variant="secondary">{tList("disabled")}</Badge>}
          </span>
        }
        description={[customer.company, t("since", { date: formatDate(customer.createdAt, dates) })].filter(Boolean).join(" · ")}
      >
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <div className="flex min-w-0 items-center gap-2">
            <dt>
              <Mail className="size-4 text-muted-foreground" aria-hidden="true" />
              <span className="sr-only">{t("email")}</span>
            </dt>
            <dd className="min-w-0 truncate">
              <a href={`mailto:${customer.email}`} className="text-primary underline-offset-4 hover:underline">
                {customer.email}
              </a>
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt>
              <Phone className="size-4 text-muted-foreground" aria-hidden="true" />
              <span className="sr-only">{t("phone")}</span>
            </dt>
            <dd className={customer.phone ? undefined : "text-muted-foreground"}>
              {customer.phone ? <a href={`tel:${customer.phone.replace(/[^+\d]/g, "")}`}>{customer.phone}</a> : t("noPhone")}
            </dd>
          </div>
        </dl>
      </PageHeader>

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="customer-figures">
        <KpiCard
          label={tList("lifetimeValue")}
          value={money(customer.lifetimeValueCents)}
          icon={<Wallet />}
          detail={
            <span className="flex flex-col gap-0.5">
              <span className="flex justify-between gap-3">
                <span>{t("wonValue")}</span>
                <span className="tabular-nums">{money(customer.wonValueCents)}</span>
              </span>
              <span className="flex justify-between gap-3">
                <span>{t("activeValue")}</span>
                <span className="tabular-nums">{money(customer.activeValueCents)}</span>
              </span>
            </span>
          }
        />
        <KpiCard
          label={tList("requests")}
          value={customer.requests}
          icon={<Server />}
          detail={t("activeRequests", { count: customer.activeRequests })}
        />
        <KpiCard label={tList("openLeads")} value={customer.openLeads} icon={<Inbox />} />
        <KpiCard label={tList("openTickets")} value={customer.openTickets} icon={<LifeBuoy />} />
      </div>

      <Section title={t("requestsTitle")} count={customer.requests}>
        {customer.requestList.length === 0 ? (
          <Empty>{t("noRequests")}</Empty>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-6">{t("reference")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("plan")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("domain")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead className="pr-6 text-right sm:pr-2">{t("yearly")}</TableHead>
                <TableHead className="hidden pr-6 sm:table-cell">{t("date")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {customer.requestList.map((request) => (
                <TableRow key={request.id}>
                  <TableCell className="pl-6">
                    <Link
                      href={`/hosting/requests/${request.id}`}
                      className="font-mono text-xs font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {request.reference}
                    </Link>
                    <div className="text-xs text-muted-foreground sm:hidden">{request.plan.name}</div>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{request.plan.name}</TableCell>
                  <TableCell className="hidden max-w-48 truncate text-muted-foreground md:table-cell">{request.domainName}</TableCell>
                  <TableCell>
                    <StatusBadge kind="requestStatus" value={request.status} />
                  </TableCell>
                  <TableCell className="pr-6 text-right tabular-nums sm:pr-2">{money(request.yearlyCents)}</TableCell>
                  <TableCell className="hidden pr-6 text-muted-foreground sm:table-cell">{formatDate(request.createdAt, dates)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <div className="grid gap-6 2xl:grid-cols-2 [&>*]:min-w-0">
        <Section title={t("leadsTitle")} count={customer.leadList.length}>
          {customer.leadList.length === 0 ? (
            <Empty>{t("noLeads")}</Empty>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="pl-6">{t("lead")}</TableHead>
                  <TableHead>{t("stage")}</TableHead>
                  <TableHead className="pr-6 text-right md:pr-2">{t("value")}</TableHead>
                  <TableHead className="hidden pr-6 md:table-cell">{t("assignee")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {customer.leadList.map((lead) => (
                  <TableRow key={lead.id}>
                    <TableCell className="max-w-36 pl-6 sm:max-w-56">
                      <Link
                        href={`/crm/leads/${lead.id}`}
                        className="block truncate font-medium text-primary underline-offset-4 hover:underline"
                      >
                        {lead.name}
                      </Link>
                      <div className="truncate text-xs text-muted-foreground">
                        {tSource(lead.source)} · {formatDate(lead.createdAt, dates)}
                      </div>
                    </TableCell>
                    <TableCell>
                      <StatusBadge kind="leadStage" value={lead.stage} />
                    </TableCell>
                    <TableCell className="pr-6 text-right tabular-nums md:pr-2">{money(lead.valueCents)}</TableCell>
                    <TableCell className="hidden pr-6 text-muted-foreground md:table-cell">
                      {lead.assignee?.name ?? t("unassigned")}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>

        <Section
          title={t("ticketsTitle")}
          count={customer.ticketList.length}
          action={
            <span className="flex gap-3 text-sm font-medium">
              <Link href={`/crm/tickets?customer=${customer.id}`} className="text-primary underline-offset-4 hover:underline">
                {t("ticketsAll")}
              </Link>
              <Link href={`/crm/tickets/new?customer=${customer.id}`} className="text-primary underline-offset-4 hover:underline">
                {t("ticketsNew")}
              </Link>
            </span>
          }
        >
          {customer.ticketList.length === 0 ? (
            <Empty>{t("noTickets")}</Empty>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="pl-6">{t("subject")}</TableHead>
                  <TableHead className="hidden sm:table-cell">{t("priority")}</TableHead>
                  <TableHead className="pr-6 md:pr-2">{t("status")}</TableHead>
                  <TableHead className="hidden pr-6 md:table-cell">{t("updated")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {customer.ticketList.map((ticket) => (
                  <TableRow key={ticket.id}>
                    <TableCell className="max-w-64 pl-6">
                      <Link
                        href={`/crm/tickets/${ticket.id}`}
                        className="block truncate font-medium text-primary underline-offset-4 hover:underline"
                      >
                        {ticket.subject}
                      </Link>
                      <div className="font-mono text-xs text-muted-foreground">{ticketReference(ticket.number)}</div>
                    </TableCell>
                    <TableCell className="hidden sm:table-cell">
                      <StatusBadge kind="ticketPriority" value={ticket.priority} />
                    </TableCell>
                    <TableCell className="pr-6 md:pr-2">
                      <StatusBadge kind="ticketStatus" value={ticket.status} />
                    </TableCell>
                    <TableCell className="hidden pr-6 text-muted-foreground md:table-cell">
                      {formatDate(ticket.updatedAt, dates, true)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>
      </div>
    </div>
  );
}
