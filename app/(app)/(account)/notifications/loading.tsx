import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The notifications page while it loads: its header, the filter and a few rows. */
export default function NotificationsLoading() {
  return (
    <RouteLoading className="mx-auto w-full max-w-3xl gap-6" header={{ title: "w-48", description: ["w-80 max-w-full"] }}>
      <div className="flex items-center justify-between gap-4">
        <Skeleton className="h-9 w-52" />
        <Skeleton className="h-9 w-40" />
      </div>
      <div className="flex flex-col divide-y rounded-xl border">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-start gap-3 p-4">
            <Skeleton className="mt-1 size-2 rounded-full" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-4 w-72 max-w-full" />
              <Skeleton className="h-3 w-24" />
            </div>
          </div>
        ))}
      </div>
    </RouteLoading>
  );
}
