import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { currentUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format";
import { listPlansForAdmin } from "@/lib/hosting/plans";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("plansTitle") };
}

export default async function AdminPlansPage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const [plans, t, tPricing, locale] = await Promise.all([listPlansForAdmin(user), getTranslations("admin"), getTranslations("pricing"), getLocale()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("plansTitle")} description={t("plansSubtitle")} />
      <Card className="py-0">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead className="text-right">{t("monthly")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("included")}</TableHead>
              <TableHead className="text-right">{t("requests")}</TableHead>
              <TableHead className="text-right">{(await getTranslations("common"))("status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plans.map((plan) => (
              <TableRow key={plan.id}>
                <TableCell>
                  <div className="font-medium">{plan.name}</div>
                  <div className="text-xs text-muted-foreground">{(plan.tagline as Record<string, string>)[locale]}</div>
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatMoney(plan.monthlyPriceCents, locale)}</TableCell>
                <TableCell className="hidden text-muted-foreground md:table-cell">
                  {tPricing("resources", { cpu: plan.cpuIncluded, ram: plan.ramIncludedGb, storage: plan.storageIncludedGb })}
                </TableCell>
                <TableCell className="text-right tabular-nums">{plan._count.requests}</TableCell>
                <TableCell className="text-right">
                  <Badge variant={plan.active ? "success" : "secondary"}>{plan.active ? t("active") : t("inactive")}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
