"use client";

import { flexRender, type Table as TanStackTable } from "@tanstack/react-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/**
 * The markup of a TanStack table: headers with their sort state for assistive
 * technology, rows marked when selected. Sorting, paging and filtering live in
 * the URL and on the server; this only draws.
 */
export function DataTableView<T>({
  table,
  columnClasses,
  cellClasses = {},
  sortedColumn,
  dir,
  rowTestId,
}: {
  table: TanStackTable<T>;
  /** Each column's classes (app/globals.css: `show-md`, `num`…), on its header and its cells alike. */
  columnClasses: Record<string, string>;
  /** Classes for a column's cells only. */
  cellClasses?: Record<string, string>;
  /** The id of the column the list is sorted by. */
  sortedColumn: string;
  dir: "asc" | "desc";
  rowTestId?: string;
}) {
  const cellClass = (id: string) => [columnClasses[id], cellClasses[id]].filter(Boolean).join(" ") || undefined;
  return (
    <Table>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => (
              <TableHead
                key={header.id}
                className={columnClasses[header.column.id]}
                aria-sort={header.column.id === sortedColumn ? (dir === "asc" ? "ascending" : "descending") : undefined}
              >
                {flexRender(header.column.columnDef.header, header.getContext())}
              </TableHead>
            ))}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined} data-testid={rowTestId}>
            {row.getVisibleCells().map((cell) => (
              <TableCell key={cell.id} className={cellClass(cell.column.id)}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
