import { Skeleton } from "@/components/ui/skeleton";

/** The board's frame while it loads: header, then columns of card placeholders. */
export default function Loading() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">…</span>
      <div className="flex flex-col gap-4 pb-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-8 w-40" />
          <Skeleton className="h-4 w-[28rem] max-w-full" />
          <Skeleton className="h-4 w-64" />
        </div>
        <Skeleton className="h-9 w-52" />
      </div>
      <div className="-mx-4 flex gap-3 overflow-hidden px-4 pb-4 sm:mx-0 sm:px-0">
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
    </div>
  );
}
