import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { SkeletonGrid } from "./skeletons";

type Header = {
  /** Width of the title line (Tailwind classes). */
  title: string;
  /** Widths of the description lines under it. */
  description?: string[];
  /** Width of the button beside the title, when the page has one. */
  action?: string;
};

/**
 * The skeleton of a page while its data loads: its header, then `children` shaped like the page's
 * body (by default figures and a table). `className` sets the page's spacing and width; `header`
 * null leaves the header out.
 */
export function RouteLoading({
  header = { title: "w-64", description: ["w-96 max-w-full"] },
  className = "gap-8 p-4 sm:p-8",
  children,
}: {
  header?: Header | null;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={cn("flex flex-col", className)} aria-busy="true" aria-live="polite">
      <span className="sr-only">…</span>
      {header && (
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex flex-col gap-2">
            <Skeleton className={cn("h-8", header.title)} />
            {(header.description ?? []).map((width, i) => (
              <Skeleton key={i} className={cn("h-4", width)} />
            ))}
          </div>
          {header.action && <Skeleton className={cn("h-9", header.action)} />}
        </div>
      )}
      {children ?? (
        <>
          <SkeletonGrid count={4} item="h-24" className="sm:grid-cols-2 xl:grid-cols-4" />
          <Skeleton className="h-72" />
        </>
      )}
    </div>
  );
}
