import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The declaration form while it loads. */
export default function DeclareIncidentLoading() {
  return (
    <RouteLoading header={{ title: "w-56", description: ["w-96 max-w-full"] }}>
      <Skeleton className="h-[32rem] w-full max-w-3xl rounded-xl" />
    </RouteLoading>
  );
}
