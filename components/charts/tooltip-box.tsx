/** A chart's tooltip: a title and its figures, each with the colour of its series where it has one. */
export function TooltipBox({ title, rows }: { title: string; rows: Array<{ name: string; value: string; color?: string }> }) {
  return (
    <div className="min-w-40 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="mb-1 font-medium">{title}</p>
      <ul className="flex flex-col gap-0.5">
        {rows.map((row) => (
          <li key={row.name} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-muted-foreground">
              {row.color && <span className="size-2 rounded-full" style={{ background: row.color }} aria-hidden="true" />}
              {row.name}
            </span>
            <span className="font-medium tabular-nums">{row.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
