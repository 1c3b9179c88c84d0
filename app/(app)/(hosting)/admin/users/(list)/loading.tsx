import { RouteLoading } from "@/components/shell/route-loading";
import { SkeletonTable } from "@/components/shell/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** The users list while it loads: header, filters and table rows. */
export default function UsersLoading() {
  return (
    <RouteLoading className="gap-6" header={{ title: "w-40", description: ["w-96 max-w-full"] }}>
      <Skeleton className="h-9 w-full max-w-lg" />
      <SkeletonTable />
    </RouteLoading>
  );
}
