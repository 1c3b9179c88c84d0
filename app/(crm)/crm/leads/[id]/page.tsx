import { Building2, CalendarClock, CircleDot, Mail, MessageSquare, Phone, Settings2, UserRoundCog, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { AddActivityForm } from "@/components/crm/lead/add-activity-form";
import { LeadEditForm } from "@/components/crm/lead/lead-edit-form";
import { LeadOutcomeActions } from "@/components/crm/lead/lead-outcome-actions";
import { TaskDoneToggle } from "@/components/crm/lead/task-done-toggle";
import { BackLink } from "@/components/shell/back-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { currentUser } from "@/lib/auth/session";
import { listActivities, type ActivityItem } from "@/lib/crm/activities";
import { getLead, listAssignees } from "@/lib/crm/leads";
import { isAppError } from "@/lib/errors";
import { formatDate, formatMoney, ticketReference } from "@/lib/format";
import { cn } from "@/lib/utils";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ history?: string }> };

async function load(id: string) {
  const user = await requirePage("crm:read");
  try {
    return { user, lead: await getLead(user, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return {};
  const lead = await getLead(user, id).catch(() => null);
  return { title: lead?.name ?? (await getTranslations("leads"))("title") };
}

const icons: Record<ActivityItem["type"], typeof Phone> = {
  CALL: Phone,
  EMAIL: Mail,
  MEETING: Users,
  NOTE: MessageSquare,
  TASK: CalendarClock,
  STAGE_CHANGE: CircleDot,
  ASSIGNMENT: UserRoundCog,
  SYSTEM: Settings2,
};

export default async function LeadPage({ params, searchParams }: Props) {
  const [{ id }, { history }] = await Promise.all([params, searchParams]);
  const { user, lead } = await load(id);
  const historySize = Math.min(500, Math.max(50, Number(history) || 50));
  const [activities, assignees, t, tTimeline, tStage, tSource, locale] = await Promise.all([
    listActivities(user, id, { page: 1, pageSize: historySize }),
    listAssignees(user),
    getTranslations("leads"),
    getTranslations("leads.timeline"),
    getTranslations("leadStage"),
    getTranslations("leadSource"),
    getLocale(),
  ]);
  const canWrite = can(user.role, "crm:write");
  const now = new Date();

  const describe = (activity: ActivityItem): ReactNode => {
    const meta = (activity.meta ?? {}) as Record<string, string | null>;
    if (activity.type === "STAGE_CHANGE" && meta.from && meta.to)
      return tTimeline("stageChange", { from: tStage(meta.from as "NEW"), to: tStage(meta.to as "NEW") });
    if (activity.type === "ASSIGNMENT")
      return tTimeline("assignment", { from: meta.fromName ?? tTimeline("nobody"), to: meta.toName ?? tTimeline("nobody") });
    if (activity.type === "SYSTEM" && meta.event === "created") return tTimeline("created");
    return activity.subject;
  };

  return (
    <ClientMessages namespaces={["leads", "leadStage", "leadSource"]}>
      <div className="flex flex-col gap-6">
        <BackLink href="/crm/leads">{t("detail.back")}</BackLink>
        <PageHeader
          className="pb-0"
          title={
            <span className="flex flex-wrap items-center gap-3">
              {lead.name}
              <StatusBadge kind="leadStage" value={lead.stage} />
            </span>
          }
          description={[lead.company, lead.email, tSource(lead.source), t("detail.createdOn", { date: formatDate(lead.createdAt, locale) })]
            .filter(Boolean)
            .join(" · ")}
          actions={
            canWrite ? (
              <LeadOutcomeActions
                lead={{ id: lead.id, name: lead.name, email: lead.email, stage: lead.stage, customerName: lead.customer?.name ?? null }}
                canDelete={can(user.role, "leads:delete")}
              />
            ) : undefined
          }
        />
        {lead.stage === "LOST" && lead.lostReason && (
          <Alert variant="warning">
            <AlertDescription>{t("detail.lostBecause", { reason: lead.lostReason })}</AlertDescription>
          </Alert>
        )}
        {!canWrite && (
          <Alert>
            <AlertDescription>{t("readOnly")}</AlertDescription>
          </Alert>
        )}

        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start">
          <div className="flex min-w-0 flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.edit")}</CardTitle>
              </CardHeader>
              <CardContent>
                <LeadEditForm
                  lead={{
                    id: lead.id,
                    name: lead.name,
                    email: lead.email,
                    company: lead.company,
                    phone: lead.phone,
                    source: lead.source,
                    valueCents: lead.valueCents,
                    stage: lead.stage,
                    assigneeId: lead.assigneeId,
                    notes: lead.notes,
                  }}
                  assignees={assignees}
                  readOnly={!canWrite}
                />
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle as="h2">{tTimeline("title")}</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col gap-6">
                {canWrite && <AddActivityForm leadId={lead.id} />}
                {activities.items.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{tTimeline("empty")}</p>
                ) : (
                  <ol className="flex flex-col" data-testid="lead-timeline">
                    {activities.items.map((activity, index) => {
                      const Icon = icons[activity.type];
                      const automatic = ["STAGE_CHANGE", "ASSIGNMENT", "SYSTEM"].includes(activity.type);
                      const overdue = activity.type === "TASK" && !activity.completedAt && activity.dueAt && activity.dueAt < now;
                      return (
                        <li key={activity.id} className="relative flex gap-3 pb-5 last:pb-0">
                          {index < activities.items.length - 1 && (
                            <span className="absolute top-8 bottom-0 left-4 w-px bg-border" aria-hidden="true" />
                          )}
                          <span
                            className={cn(
                              "z-10 flex size-8 shrink-0 items-center justify-center rounded-full border bg-background",
                              automatic ? "text-muted-foreground" : "border-primary/30 bg-primary/5 text-primary",
                            )}
                          >
                            <Icon className="size-4" aria-hidden="true" />
                          </span>
                          <div className="flex min-w-0 flex-1 flex-col gap-1 pt-1">
                            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
                              {activity.type === "TASK" && (
                                <span className="self-center">
                                  <TaskDoneToggle
                                    id={activity.id}
                                    leadId={lead.id}
                                    subject={activity.subject}
                                    done={activity.completedAt !== null}
                                    disabled={!canWrite}
                                  />
                                </span>
                              )}
                              <span className="font-medium text-muted-foreground">{tTimeline(`types.${activity.type}`)}</span>
                              <span
                                className={cn(
                                  automatic ? "text-muted-foreground" : "font-medium",
                                  activity.completedAt && "line-through opacity-70",
                                )}
                              >
                                {describe(activity)}
                              </span>
                            </div>
                            {activity.body && <p className="text-sm whitespace-pre-line text-muted-foreground">{activity.body}</p>}
                            <p className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
                              <span>
                                {activity.user?.name ?? tTimeline("system")} · {formatDate(activity.createdAt, locale, true)}
                              </span>
                              {activity.dueAt && (
                                <span className={cn(overdue && "font-medium text-destructive")}>
                                  {overdue
                                    ? tTimeline("overdue", { date: formatDate(activity.dueAt, locale, true) })
                                    : tTimeline("due", { date: formatDate(activity.dueAt, locale, true) })}
                                </span>
                              )}
                            </p>
                          </div>
                        </li>
                      );
                    })}
                  </ol>
                )}
                {activities.total > activities.items.length && (
                  <Button asChild variant="outline" size="sm" className="self-center">
                    <Link href={`/crm/leads/${lead.id}?history=${historySize + 100}`} scroll={false}>
                      {tTimeline("more")}
                    </Link>
                  </Button>
                )}
              </CardContent>
            </Card>
          </div>

          <div className="flex flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.value")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p className="text-2xl font-semibold tabular-nums">{formatMoney(lead.valueCents, locale)}</p>
                <p className="text-muted-foreground">
                  {t("detail.assignee")} : {lead.assignee?.name ?? t("unassigned")}
                </p>
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.customer")}</CardTitle>
              </CardHeader>
              <CardContent className="text-sm">
                {lead.customer ? (
                  <div className="flex items-start gap-3">
                    <Building2 className="mt-0.5 size-4 text-muted-foreground" aria-hidden="true" />
                    <div className="grid gap-0.5">
                      <Link href={`/crm/customers/${lead.customer.id}`} className="font-medium underline-offset-4 hover:underline">
                        {lead.customer.name}
                      </Link>
                      <span className="text-muted-foreground">
                        {[lead.customer.company, lead.customer.email].filter(Boolean).join(" · ")}
                      </span>
                    </div>
                  </div>
                ) : (
                  <p className="text-muted-foreground">{t("detail.noCustomer")}</p>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.requests")}</CardTitle>
              </CardHeader>
              <CardContent>
                {lead.requests.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("detail.noRequests")}</p>
                ) : (
                  <ul className="flex flex-col gap-3 text-sm">
                    {lead.requests.map((request) => (
                      <li key={request.id} className="flex items-center justify-between gap-3">
                        <div className="grid gap-0.5">
                          <Link
                            href={`/hosting/requests/${request.id}`}
                            className="font-mono text-xs font-medium text-primary underline-offset-4 hover:underline"
                          >
                            {request.reference}
                          </Link>
                          <span className="text-muted-foreground">
                            {request.plan.name} · {formatMoney(request.yearlyCents, locale)}
                          </span>
                        </div>
                        <StatusBadge kind="requestStatus" value={request.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.tickets")}</CardTitle>
                {lead.customer && can(user.role, "tickets:manage") && (
                  <CardAction>
                    <Link
                      href={`/crm/tickets/new?lead=${lead.id}`}
                      className="text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {t("detail.newTicket")}
                    </Link>
                  </CardAction>
                )}
              </CardHeader>
              <CardContent>
                {lead.tickets.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("detail.noTickets")}</p>
                ) : (
                  <ul className="flex flex-col gap-3 text-sm">
                    {lead.tickets.map((ticket) => (
                      <li key={ticket.id} className="flex items-center justify-between gap-3">
                        <div className="grid min-w-0 gap-0.5">
                          <span className="font-mono text-xs text-muted-foreground">{ticketReference(ticket.number)}</span>
                          <Link href={`/crm/tickets/${ticket.id}`} className="truncate font-medium underline-offset-4 hover:underline">
                            {ticket.subject}
                          </Link>
                        </div>
                        <StatusBadge kind="ticketStatus" value={ticket.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
