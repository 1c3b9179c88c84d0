import { RouteLoading } from "@/components/shell/route-loading";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The plan editor while it loads: header with its "new plan" button, then plan rows. */
export default function PlansLoading() {
  return (
    <RouteLoading className="gap-8" header={{ title: "w-64", description: ["w-96 max-w-full"], action: "w-36" }}>
      <Card className="gap-0 py-0">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-b px-4 py-4 last:border-0">
            <Skeleton className="h-8 w-20" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-56" />
            </div>
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-5 w-9 rounded-full" />
          </div>
        ))}
      </Card>
    </RouteLoading>
  );
}
