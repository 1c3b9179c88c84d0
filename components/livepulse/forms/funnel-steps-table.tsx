import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FunnelStep } from "@/lib/livepulse/forms/funnel";
import { percentFormatter } from "./format";

/** The funnel's figures as a table: the chart's accessible twin, with exact counts. */
export async function FunnelStepsTable({ steps }: { steps: FunnelStep[] }) {
  const [t, locale] = await Promise.all([getTranslations("livepulseForms"), getLocale()]);
  const percent = percentFormatter(locale);
  return (
    <Table>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="pl-6">{t("columns.step")}</TableHead>
          <TableHead className="text-right">{t("columns.sessions")}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t("columns.ofStarts")}</TableHead>
          <TableHead className="pr-6 text-right">{t("columns.dropOff")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {steps.map((step, index) => (
          <TableRow key={step.key} data-testid={`funnel-step-${step.key}`}>
            <TableCell className="pl-6 font-medium">{t(`steps.${step.key}`)}</TableCell>
            <TableCell className="text-right tabular-nums" data-testid="step-sessions">
              {step.sessions}
            </TableCell>
            <TableCell className="hidden text-right text-muted-foreground tabular-nums sm:table-cell">
              {step.ofStarts === null ? "—" : percent(step.ofStarts)}
            </TableCell>
            <TableCell className="pr-6 text-right tabular-nums">
              {index === 0 || step.dropOff === 0 ? (
                <span className="text-muted-foreground">—</span>
              ) : (
                <span className="text-destructive">{t("dropOff", { count: step.dropOff, rate: percent(step.dropOffRate) })}</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
