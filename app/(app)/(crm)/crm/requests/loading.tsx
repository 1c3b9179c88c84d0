import { RouteLoading } from "@/components/shell/route-loading";
import { SkeletonTable } from "@/components/shell/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** The requests list while it loads: header, status filters and table rows. */
export default function RequestsLoading() {
  return (
    <RouteLoading className="gap-8">
      <Skeleton className="h-8 w-full max-w-2xl" />
      <SkeletonTable />
    </RouteLoading>
  );
}
