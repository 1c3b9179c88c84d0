import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The services page while it loads: its header and a few monitor cards of the same shape. */
export default function ServicesLoading() {
  return (
    <RouteLoading className="gap-6" header={{ title: "w-40", description: ["w-96 max-w-full"] }}>
      <Skeleton className="h-4 w-56" />
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex flex-col gap-4 rounded-xl border p-6">
            <div className="flex items-center justify-between gap-3">
              <Skeleton className="h-5 w-44" />
              <Skeleton className="h-5 w-24" />
            </div>
            <div className="grid grid-cols-3 gap-3">
              <Skeleton className="h-10" />
              <Skeleton className="h-10" />
              <Skeleton className="h-10" />
            </div>
            <Skeleton className="h-24" />
            <Skeleton className="h-3 w-40" />
          </div>
        ))}
      </div>
    </RouteLoading>
  );
}
