import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";

/** One live figure: label, value, a detail line and its trend below. */
export function MetricCard({
  label,
  value,
  detail,
  icon,
  trend,
  testId,
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  icon: ReactNode;
  trend?: ReactNode;
  testId: string;
}) {
  return (
    <Card className="gap-3 py-5" data-testid={testId}>
      <CardContent className="flex flex-col gap-3">
        <div className="flex items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-sm text-muted-foreground">{label}</p>
            <p className="text-2xl font-semibold tracking-tight tabular-nums" data-metric-value>
              {value}
            </p>
            {detail && <p className="text-xs text-muted-foreground">{detail}</p>}
          </div>
          <div className="rounded-lg bg-primary/10 p-2 text-primary [&_svg]:size-5">{icon}</div>
        </div>
        {trend}
      </CardContent>
    </Card>
  );
}
