import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** An incident while it loads: its timeline and the update form beside it. */
export default function IncidentLoading() {
  return (
    <RouteLoading header={{ title: "w-80 max-w-full", description: ["w-64"] }}>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Skeleton className="h-96 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
    </RouteLoading>
  );
}
