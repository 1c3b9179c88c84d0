import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The board's frame while it loads: header, then columns of card placeholders. */
export default function PipelineLoading() {
  return (
    <RouteLoading className="gap-4" header={{ title: "w-40", description: ["w-[28rem] max-w-full", "w-64"], action: "w-52" }}>
      <div className="-mx-4 mt-2 flex gap-3 overflow-hidden px-4 pb-4 sm:mx-0 sm:px-0">
        {[3, 2, 3, 1, 2, 2, 1].map((cards, i) => (
          <div key={i} className="flex w-[17rem] shrink-0 flex-col gap-2 rounded-xl border bg-muted/50 p-2 dark:bg-muted/5">
            <div className="flex items-center justify-between px-1 py-1.5">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-5 w-8 rounded-full" />
            </div>
            {Array.from({ length: cards }, (_, j) => (
              <Skeleton key={j} className="h-28 rounded-lg" />
            ))}
          </div>
        ))}
      </div>
    </RouteLoading>
  );
}
