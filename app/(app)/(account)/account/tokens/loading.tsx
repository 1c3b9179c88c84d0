import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The API tokens page while it loads: its header and a few rows. */
export default function AccountTokensLoading() {
  return (
    <RouteLoading className="mx-auto w-full max-w-5xl gap-6" header={{ title: "w-48", description: ["w-96 max-w-full"] }}>
      <div className="flex flex-col gap-3 rounded-xl border p-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </RouteLoading>
  );
}
