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
  headClass,
  cellClass = headClass,
  sortedColumn,
  dir,
  rowTestId,
}: {
  table: TanStackTable<T>;
  headClass: (columnId: string) => string | undefined;
  cellClass?: (columnId: string) => string | undefined;
  /** The id of the column the list is sorted by. */
  sortedColumn: string;
  dir: "asc" | "desc";
  rowTestId?: string;
}) {
  return (
    <Table>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => (
              <TableHead
                key={header.id}
                className={headClass(header.column.id) || undefined}
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
              <TableCell key={cell.id} className={cellClass(cell.column.id) || undefined}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
