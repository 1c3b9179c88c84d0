import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";

/** One headline figure with its label and an optional detail line. */
export function KpiCard({ label, value, detail, icon }: { label: string; value: ReactNode; detail?: ReactNode; icon?: ReactNode }) {
  return (
    <Card className="gap-0 py-5">
      <CardContent className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-sm text-muted-foreground">{label}</p>
          <p className="text-2xl font-semibold tracking-tight tabular-nums">{value}</p>
          {detail && <p className="text-xs text-muted-foreground">{detail}</p>}
        </div>
        {icon && <div className="rounded-lg bg-primary/10 p-2 text-primary [&_svg]:size-5">{icon}</div>}
      </CardContent>
    </Card>
  );
}
