import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CrmOverview } from "@/lib/crm/analytics/overview";
import { formatMoney } from "@/lib/format";
import { stageColors } from "./sources";

type Stages = NonNullable<CrmOverview["sales"]>["pipeline"]["stages"];

/** Count and value of the open leads per stage, with one compact bar of the value's split. */
export async function PipelineSummary({ stages }: { stages: Stages }) {
  const [t, tStage, locale] = await Promise.all([getTranslations("dashboard.pipeline"), getTranslations("leadStage"), getLocale()]);
  const total = stages.reduce((sum, s) => sum + s.valueCents, 0);
  const count = stages.reduce((sum, s) => sum + s.count, 0);
  return (
    <Card className="gap-4" data-testid="pipeline-summary">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
        <CardAction>
          <Link
            href="/crm/pipeline"
            className="flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            {t("open")}
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        </CardAction>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {count === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <>
            <div className="flex h-2.5 w-full overflow-hidden rounded-full bg-muted" role="img" aria-label={t("share")}>
              {stages.map((s, i) =>
                s.valueCents > 0 ? (
                  <span
                    key={s.stage}
                    className="h-full border-r-2 border-card last:border-r-0"
                    style={{ width: `${(s.valueCents / total) * 100}%`, background: stageColors[i] }}
                    title={`${tStage(s.stage)} · ${formatMoney(s.valueCents, locale)}`}
                  />
                ) : null,
              )}
            </div>
            <ul className="flex flex-col divide-y text-sm">
              {stages.map((s, i) => (
                <li key={s.stage} className="flex items-center gap-3 py-2 first:pt-0 last:pb-0">
                  <span className="size-2.5 shrink-0 rounded-sm" style={{ background: stageColors[i] }} aria-hidden="true" />
                  {/* The count sits under the stage's name, so a narrow card never cuts the name. */}
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="break-words">{tStage(s.stage)}</span>
                    <span className="text-xs text-muted-foreground tabular-nums">{t("count", { count: s.count })}</span>
                  </span>
                  <span className="shrink-0 text-right font-medium whitespace-nowrap tabular-nums">
                    {formatMoney(s.valueCents, locale)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
