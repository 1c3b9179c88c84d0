import { Skeleton } from "@/components/ui/skeleton";

/** The skeleton of a page while its data loads: a header, figures and a table. */
export function RouteLoading() {
  return (
    <div className="flex flex-col gap-8 p-4 sm:p-8" aria-busy="true" aria-live="polite">
      <span className="sr-only">…</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-72" />
    </div>
  );
}
