import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LeadEditForm } from "@/components/crm/leads/lead-edit-form";
import { LeadOutcomeActions } from "@/components/crm/leads/lead-outcome-actions";
import { LeadSideCards } from "@/components/crm/leads/lead-side-cards";
import { LeadTimeline } from "@/components/crm/leads/lead-timeline";
import { HistoryLink } from "@/components/audit/history-link";
import { UnverifiedEmailBadge } from "@/components/crm/leads/unverified-email-badge";
import { BackLink } from "@/components/shell/back-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { listActivities } from "@/lib/crm/leads/queries";
import { listAssignees } from "@/lib/crm/leads/queries";
import { formatDate } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";
import { leadRecord } from "./record";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ history?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await leadRecord((await params).id)).record.name };
}

export default async function LeadPage({ params, searchParams }: Props) {
  const [{ id }, { history }] = await Promise.all([params, searchParams]);
  const { user, record: lead } = await leadRecord(id);
  const historySize = Math.min(500, Math.max(50, Number(history) || 50));
  const [activities, assignees, t, tSource, dates] = await Promise.all([
    listActivities(user, id, { page: 1, pageSize: historySize }),
    listAssignees(user),
    getTranslations("leads"),
    getTranslations("leadSource"),
    getDateFormat(),
  ]);
  const canWrite = can(user.role, "crm:write");
  const canReadAudit = can(user.role, "audit:read");

  return (
    <ClientMessages namespaces={["leads", "leadStage", "leadSource", "verifyEmail"]}>
      <div className="flex flex-col gap-6">
        <BackLink href="/crm/leads">{t("detail.back")}</BackLink>
        <PageHeader
          className="pb-0"
          title={
            <span className="flex flex-wrap items-center gap-3">
              {lead.name}
              <StatusBadge kind="leadStage" value={lead.stage} />
              {lead.customerUnverified && <UnverifiedEmailBadge />}
            </span>
          }
          description={[lead.company, lead.email, tSource(lead.source), t("detail.createdOn", { date: formatDate(lead.createdAt, dates) })]
            .filter(Boolean)
            .join(" · ")}
          actions={
            canWrite || canReadAudit ? (
              <>
                {canReadAudit && <HistoryLink entity="CRMLead" entityId={lead.id} />}
                {canWrite && (
                  <LeadOutcomeActions
                    lead={{ id: lead.id, name: lead.name, email: lead.email, stage: lead.stage, customerName: lead.customer?.name ?? null }}
                    canDelete={can(user.role, "leads:delete")}
                  />
                )}
              </>
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

            <LeadTimeline lead={lead} activities={activities} historySize={historySize} canWrite={canWrite} />
          </div>

          <LeadSideCards lead={lead} canOpenTicket={can(user.role, "tickets:manage")} />
        </div>
      </div>
    </ClientMessages>
  );
}
