import { RouteLoading } from "@/components/shell/route-loading";
import { SkeletonTable } from "@/components/shell/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** The customers list while it loads: header, search and table rows. */
export default function CustomersLoading() {
  return (
    <RouteLoading className="gap-6" header={{ title: "w-48", description: ["w-96 max-w-full"] }}>
      <Skeleton className="h-9 w-full max-w-lg" />
      <SkeletonTable />
    </RouteLoading>
  );
}
