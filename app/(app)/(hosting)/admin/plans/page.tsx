import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlansManager } from "@/components/hosting/plans/plans-manager";
import type { AdminPlan } from "@/components/hosting/plans/types";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { emptyPlan, type PlanInput } from "@/lib/hosting/plans/schemas";
import type { LocalizedText } from "@/lib/hosting/plans/queries";
import { listPlansForAdmin } from "@/lib/hosting/plans/queries";
import { ClientMessages } from "@/components/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("plansTitle") };
}

export default async function AdminPlansPage() {
  const user = await requirePage("plans:write");
  const plans = await listPlansForAdmin(user);
  // Only the editable values (JSON columns typed), plus what the list shows: plain data for the client.
  const rows: AdminPlan[] = plans.map((plan) => ({
    ...(Object.fromEntries(Object.keys(emptyPlan).map((key) => [key, plan[key as keyof typeof plan]])) as PlanInput),
    tagline: plan.tagline as LocalizedText,
    features: plan.features as LocalizedText[],
    id: plan.id,
    sortOrder: plan.sortOrder,
    requestCount: plan._count.requests,
  }));
  return (
    <ClientMessages namespaces={["admin", "pricing", "auditHistory"]}>
      <PlansManager plans={rows} canReadAudit={can(user.role, "audit:read")} />
    </ClientMessages>
  );
}
