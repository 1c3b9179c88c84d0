import type { ReactNode } from "react";

/** A cell's label: what it is for (`context`, e.g. the resource) is read by screen readers first. */
export function CompactLabel({ context, children }: { context: string; children: ReactNode }) {
  return (
    <>
      <span className="sr-only">{context} · </span>
      {children}
    </>
  );
}

/** On small screens the short label shows (no column headers there); from `sm` up the headers do and it is for screen readers. */
export const compactLabelClass = "text-xs font-normal text-muted-foreground sm:sr-only";
