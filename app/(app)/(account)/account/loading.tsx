import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The account page while it loads: its header, the section links and three cards. */
export default function AccountLoading() {
  return (
    <RouteLoading className="mx-auto w-full max-w-3xl gap-6" header={{ title: "w-48", description: ["w-96 max-w-full"] }}>
      <div className="flex gap-2">
        {["w-20", "w-28", "w-32"].map((width) => (
          <Skeleton key={width} className={`h-8 ${width}`} />
        ))}
      </div>
      {[4, 3, 2].map((rows, card) => (
        <div key={card} className="flex flex-col gap-4 rounded-xl border p-6">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-80 max-w-full" />
          {Array.from({ length: rows }, (_, i) => (
            <Skeleton key={i} className="h-9 w-full" />
          ))}
        </div>
      ))}
    </RouteLoading>
  );
}
