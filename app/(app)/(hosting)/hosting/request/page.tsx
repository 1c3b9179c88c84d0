import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestForm, type RequestFormValues } from "@/components/hosting/requests/request-form";
import { PageHeader } from "@/components/ui/page-header";
import { contactDetails } from "@/lib/auth/profile";
import { requirePage } from "@/lib/auth/require-page";
import { listActivePlans } from "@/lib/hosting/plans/queries";
import { clampConfiguration } from "@/lib/hosting/pricing";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("request"))("title") };
}

type Search = Partial<Record<"plan" | "cpu" | "ram" | "storage" | "ssl" | "backup" | "cdn" | "cycle", string>>;

const whole = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

export default async function RequestPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("requests:create", { otherwise: "/hosting" });
  const [search, plans, profile, t] = await Promise.all([
    searchParams,
    listActivePlans(),
    contactDetails(user),
    getTranslations("request"),
  ]);
  const plan = plans.find((p) => p.slug === search.plan) ?? plans.find((p) => p.highlighted) ?? plans[0];
  if (!plan) redirect("/pricing");

  // Whatever the URL says, the form starts from a configuration the plan allows.
  const config = clampConfiguration(plan, {
    cpuCores: whole(search.cpu, plan.cpuIncluded),
    ramGb: whole(search.ram, plan.ramIncludedGb),
    storageGb: whole(search.storage, plan.storageIncludedGb),
    ssl: search.ssl === undefined ? true : search.ssl === "1",
    backup: search.backup === "1",
    cdn: search.cdn === "1",
    billingCycle: search.cycle === "YEARLY" ? "YEARLY" : "MONTHLY",
  });
  const defaults: RequestFormValues = {
    planSlug: plan.slug,
    contactName: profile?.name ?? "",
    contactEmail: profile?.email ?? "",
    contactPhone: profile?.phone ?? "",
    companyName: profile?.company ?? "",
    ...config,
    domainOption: "REGISTER",
    domainName: "",
    notes: "",
    idempotencyKey: crypto.randomUUID(),
  };

  return (
    <div className="flex flex-col gap-2">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <ClientMessages namespaces={["request"]}>
        <RequestForm plans={plans} defaults={defaults} planFromUrl={search.plan} />
      </ClientMessages>
    </div>
  );
}
