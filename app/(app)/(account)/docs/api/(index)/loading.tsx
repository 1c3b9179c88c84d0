import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The API reference while it loads: its header and a few operations. */
export default function ApiReferenceLoading() {
  return (
    <RouteLoading className="mx-auto w-full max-w-7xl gap-6" header={{ title: "w-48", description: ["w-96 max-w-full"] }}>
      <div className="flex flex-col gap-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </RouteLoading>
  );
}
