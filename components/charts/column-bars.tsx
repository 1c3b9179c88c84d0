import { cn } from "@/lib/utils";

/** One part of a column: its value and its colour. */
export type ColumnPart = { value: number; color: string };

/**
 * Columns of equal slots, each a stack of parts from the bottom up, their height against the axis'
 * top: 80 % of the slot wide, at most `maxWidth` pixels.
 */
export function ColumnBars({
  columns,
  top,
  maxWidth,
  className,
}: {
  columns: ColumnPart[][];
  top: number;
  maxWidth: number;
  className?: string;
}) {
  return (
    <div className="absolute inset-0 flex items-end">
      {columns.map((parts, index) => {
        const total = parts.reduce((sum, part) => sum + Math.max(part.value, 0), 0);
        return (
          <div key={index} className="flex h-full min-w-0 flex-1 items-end justify-center">
            {total > 0 && (
              <div
                className={cn("flex w-4/5 flex-col-reverse overflow-hidden", className)}
                style={{ height: `${Math.min(total / top, 1) * 100}%`, maxWidth }}
                data-slot="chart-bar"
              >
                {parts.map((part, i) =>
                  part.value > 0 ? <span key={i} style={{ height: `${(part.value / total) * 100}%`, background: part.color }} /> : null,
                )}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
