import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The maintenance windows while they load: header and the list. */
export default function MaintenanceLoading() {
  return (
    <RouteLoading header={{ title: "w-40", description: ["w-80 max-w-full"] }}>
      <Skeleton className="h-96 w-full rounded-xl" />
    </RouteLoading>
  );
}
