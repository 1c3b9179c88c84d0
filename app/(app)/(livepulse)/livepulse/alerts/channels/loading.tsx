import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The channels page while it loads: its header, the channels and the delivery log. */
export default function AlertChannelsLoading() {
  return (
    <RouteLoading className="gap-6" header={{ title: "w-40", description: ["w-96 max-w-full"] }}>
      {[3, 5].map((rows, card) => (
        <div key={card} className="flex flex-col gap-3 rounded-xl border p-6">
          <Skeleton className="h-5 w-44" />
          <Skeleton className="h-4 w-72 max-w-full" />
          {Array.from({ length: rows }, (_, i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ))}
    </RouteLoading>
  );
}
