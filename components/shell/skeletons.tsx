import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

/** `count` placeholders of the same shape (`item`) in a grid (`className`: its columns). */
export function SkeletonGrid({ count, item, className }: { count: number; item: string; className?: string }) {
  return (
    <div className={cn("grid gap-4", className)}>
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className={item} />
      ))}
    </div>
  );
}

/** A table's rows while a list loads. */
export function SkeletonTable({ rows = 8 }: { rows?: number }) {
  return (
    <div className="flex flex-col gap-2 rounded-xl border p-4">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-10" />
      ))}
    </div>
  );
}
