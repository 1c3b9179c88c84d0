import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CreateLeadDialog } from "@/components/crm/leads/create-lead-dialog";
import { LeadsFilters } from "@/components/crm/leads/leads-filters";
import { LeadsTable, type LeadRow } from "@/components/crm/leads/leads-table";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { leadListQuery } from "@/lib/crm/leads/schemas";
import { listAssignees, listLeads } from "@/lib/crm/leads/queries";
import { channels } from "@/lib/realtime/channels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("crm:read");
  const search = await searchParams;
  // A hand-edited URL with a bad filter falls back to the defaults rather than failing.
  const parsed = leadListQuery.safeParse(search);
  const query = parsed.success ? parsed.data : leadListQuery.parse({});
  const [{ items, total, page, pageSize }, assignees, t] = await Promise.all([
    listLeads(user, query),
    listAssignees(user),
    getTranslations("leads"),
  ]);
  const canWrite = can(user.role, "crm:write");
  // What the table draws, and nothing more: every field here is serialized into the page.
  const rows = items.map((lead): LeadRow => ({
    id: lead.id,
    name: lead.name,
    email: lead.email,
    company: lead.company,
    stage: lead.stage,
    source: lead.source,
    valueCents: lead.valueCents,
    createdAt: lead.createdAt,
    lastActivityAt: lead.lastActivityAt,
    assignee: lead.assignee?.name ?? null,
    customerUnverified: lead.customerUnverified,
  }));
  const filtered = Boolean(query.q || query.stage || query.source || query.assignee || query.mine || query.createdFrom || query.createdTo);

  return (
    <ClientMessages
      namespaces={["leads", "leadStage", "leadSource", "dataTable", "verifyEmail"]}
      // The lead's page's own texts.
      except={["leads.detail", "leads.timeline"]}
    >
      <div className="flex flex-col gap-6">
        <PageHeader
          title={t("title")}
          description={canWrite ? t("description") : t("readOnly")}
          actions={canWrite ? <CreateLeadDialog assignees={assignees} currentUserId={user.id} /> : undefined}
          className="pb-0"
        />
        <LeadsFilters assignees={assignees} total={total} />
        <LeadsTable
          rows={rows}
          total={total}
          page={page}
          pageSize={pageSize}
          sort={query.sort}
          dir={query.dir}
          canWrite={canWrite}
          assignees={assignees}
          filtered={filtered}
        />
        <LiveRefresh channel={channels.pipeline} events={["lead.created", "lead.updated"]} />
      </div>
    </ClientMessages>
  );
}
