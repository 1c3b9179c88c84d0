import { Eye } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PipelineBoard } from "@/components/crm/pipeline/pipeline-board";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { pipelineBoard } from "@/lib/crm/pipeline/queries";
import { isOpenStage } from "@/lib/crm/stages";
import { formatMoney } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline"))("title") };
}

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("crm:read");
  const readOnly = !can(user.role, "crm:write");
  // "Mine" only means something to people who own leads.
  const mine = !readOnly && (await searchParams).mine === "1";
  const [board, t, locale] = await Promise.all([pipelineBoard(user, { mine }), getTranslations("pipeline"), getLocale()]);
  const open = board.columns.filter((c) => isOpenStage(c.stage));
  const openCount = open.reduce((sum, c) => sum + c.count, 0);
  const openValue = open.reduce((sum, c) => sum + c.valueCents, 0);

  const filter = (
    <nav aria-label={t("filterLabel")} className="inline-flex rounded-lg border bg-muted/50 p-0.5 text-sm">
      {[
        { href: "/crm/pipeline", label: t("filterAll"), current: !mine },
        { href: "/crm/pipeline?mine=1", label: t("filterMine"), current: mine },
      ].map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.current ? "page" : undefined}
          className="rounded-md px-3 py-1.5 font-medium text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-[current=page]:bg-background aria-[current=page]:text-foreground aria-[current=page]:shadow-xs dark:aria-[current=page]:bg-card"
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        className="pb-2"
        title={t("title")}
        description={readOnly ? t("readOnlySubtitle") : t("subtitle")}
        actions={
          readOnly ? (
            <Badge variant="secondary" title={t("readOnlyHint")}>
              <Eye aria-hidden="true" />
              {t("readOnly")}
            </Badge>
          ) : (
            filter
          )
        }
      >
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
          <span className="font-medium text-foreground tabular-nums">
            {t("openSummary", { count: openCount, value: formatMoney(openValue, locale) })}
          </span>
          <span>{t("closedWindow", { days: board.closedWindowDays })}</span>
          {readOnly && <span>{t("readOnlyHint")}</span>}
        </p>
      </PageHeader>
      <ClientMessages namespaces={["pipeline", "leadStage", "leadSource"]}>
        <PipelineBoard key={mine ? "mine" : "all"} board={board} readOnly={readOnly} />
      </ClientMessages>
    </div>
  );
}
