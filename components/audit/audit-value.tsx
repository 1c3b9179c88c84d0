import { auditValueText } from "@/lib/audit-log/diff";
import { formatDate, formatMoney, type DateFormat } from "@/lib/format";
import { cn } from "@/lib/utils";

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Past this many characters, or over several lines, a value is folded behind its first line. */
const foldAt = 120;

export type ValueLabels = { none: string; empty: string; showFull: string };

/** A value as a reader wants it: amounts in euros, instants in their zone, JSON indented. */
function readable(path: string, value: unknown, format: DateFormat): string {
  if (typeof value === "number" && Number.isInteger(value) && /cents$/i.test(path)) return formatMoney(value, format.locale);
  if (typeof value === "string" && isoInstant.test(value)) return formatDate(value, format, true);
  return auditValueText(value);
}

/** One side of a change: struck when it is the old value, highlighted when it is the new one. */
export function AuditValue({
  path,
  value,
  side,
  format,
  labels,
}: {
  path: string;
  value: unknown;
  side: "before" | "after";
  format: DateFormat;
  labels: ValueLabels;
}) {
  const Mark = side === "before" ? "del" : "ins";
  const tone =
    side === "before"
      ? "bg-destructive/10 text-destructive line-through decoration-destructive/60"
      : "bg-success/10 text-success no-underline";
  if (value === undefined) return <span className="text-muted-foreground italic">{labels.none}</span>;
  if (value === null || value === "") return <Mark className={cn("rounded px-1 italic", tone)}>{labels.empty}</Mark>;
  const text = readable(path, value, format);
  const raw = typeof value === "number" ? String(value) : undefined;
  if (text.length <= foldAt && !text.includes("\n")) {
    return (
      <Mark className={cn("rounded px-1 break-words whitespace-pre-wrap", tone)} title={raw}>
        {text}
      </Mark>
    );
  }
  return (
    <details className="group/value min-w-0">
      <summary className="cursor-pointer rounded text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <Mark className={cn("rounded px-1 break-all", tone)}>{text.split("\n")[0].slice(0, 60)}…</Mark>{" "}
        <span className="text-xs text-muted-foreground underline group-open/value:hidden">{labels.showFull}</span>
      </summary>
      <Mark className={cn("mt-1 block max-h-80 overflow-auto rounded p-2 font-mono text-xs break-words whitespace-pre-wrap", tone)}>
        {text}
      </Mark>
    </details>
  );
}
