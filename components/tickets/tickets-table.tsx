"use client";

import { getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTableView } from "@/components/data-table/data-table-view";
import { PaginationBar } from "@/components/data-table/pagination-bar";
import { SortHeader } from "@/components/data-table/sort-header";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { StatusChip } from "@/components/status/status-chip";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, ticketReference } from "@/lib/format";
import type { TicketListQuery } from "@/lib/tickets/schemas";
import type { SlaClock, TicketPriorityName } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";
import { SlaIndicator } from "./sla-indicator";
import { useDateFormat } from "@/lib/date-format";

export type TicketRow = SlaClock & {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriorityName;
  updatedAt: Date;
  customer: { id: string; name: string; company: string | null };
  assignee: { id: string; name: string } | null;
};

type SortKey = TicketListQuery["sort"];

/** Each column's width or the width from which it shows (app/globals.css), header and cells alike. */
const columnClasses: Record<string, string> = {
  reference: "w-28",
  customer: "show-md",
  sla: "show-sm",
  priority: "show-lg",
  assignee: "show-xl",
  updatedAt: "show-2xl quiet",
};

type Props = {
  rows: TicketRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortKey;
  dir: "asc" | "desc";
  /** Staff see the queue's columns; a customer sees their own tickets' essentials. */
  staff: boolean;
  filtered: boolean;
  serverNow: number;
  emptyAction?: ReactNode;
};

/** A list of tickets: server-side sorting, filtering and pagination through the URL. */
export function TicketsTable({ rows, total, page, pageSize, sort, dir, staff, filtered, serverNow, emptyAction }: Props) {
  const t = useTranslations("tickets");
  const dates = useDateFormat();
  const { update, pending } = useSearchParamsUpdate();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const base = staff ? "/crm/tickets" : "/hosting/tickets";

  const columns = useMemo<ColumnDef<TicketRow>[]>(() => {
    const sortable = (key: SortKey, label: string, firstDir: "asc" | "desc") =>
      function Header() {
        const active = sort === key;
        const nextDir = active ? (dir === "asc" ? "desc" : "asc") : firstDir;
        return <SortHeader label={label} active={active} dir={dir} onSort={() => update({ sort: key, dir: nextDir })} />;
      };
    const list: ColumnDef<TicketRow>[] = [
      {
        id: "reference",
        header: sortable("number", t("columns.reference"), "desc"),
        cell: ({ row }) => <span className="font-mono text-xs font-medium">{ticketReference(row.original.number)}</span>,
      },
      {
        id: "subject",
        header: t("columns.subject"),
        cell: ({ row }) => (
          <Link href={`${base}/${row.original.id}`} className="line-clamp-2 font-medium text-foreground underline-offset-4 hover:underline">
            {row.original.subject}
          </Link>
        ),
      },
    ];
    if (staff) {
      list.push({
        id: "customer",
        header: t("columns.customer"),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <span className="truncate">{row.original.customer.company ?? row.original.customer.name}</span>
            {row.original.customer.company && <span className="truncate text-xs text-muted-foreground">{row.original.customer.name}</span>}
          </div>
        ),
      });
      list.push({
        id: "priority",
        header: sortable("priority", t("columns.priority"), "desc"),
        cell: ({ row }) => <StatusChip kind="ticketPriority" value={row.original.priority} />,
      });
    }
    list.push({
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => <StatusChip kind="ticketStatus" value={row.original.status} />,
    });
    if (staff) {
      list.push({
        id: "sla",
        header: sortable("sla", t("columns.sla"), "asc"),
        cell: ({ row }) => <SlaIndicator clock={row.original} serverNow={serverNow} />,
      });
      list.push({
        id: "assignee",
        header: t("columns.assignee"),
        cell: ({ row }) => row.original.assignee?.name ?? <span className="text-muted-foreground">{t("unassigned")}</span>,
      });
    }
    list.push({
      id: "updatedAt",
      header: sortable("updatedAt", t("columns.updatedAt"), "desc"),
      cell: ({ row }) => formatDate(row.original.updatedAt, dates, true),
    });
    return list;
  }, [base, dir, dates, serverNow, sort, staff, t, update]);

  // The React Compiler is not enabled here; TanStack Table is used as its documentation shows.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: pages,
  });

  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<LifeBuoy />}
        title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}
        description={filtered ? t("emptyFiltered") : staff ? t("emptyStaff") : t("emptyCustomer")}
        action={filtered ? undefined : emptyAction}
      />
    );
  }

  return (
    <Card className={cn("gap-0 py-0 transition-opacity", pending && "opacity-60")} aria-busy={pending}>
      <DataTableView
        table={table}
        columnClasses={columnClasses}
        cellClasses={{ subject: "max-w-80 sm:whitespace-normal" }}
        sortedColumn={sort === "number" ? "reference" : sort}
        dir={dir}
        rowTestId="ticket-row"
      />
      <PaginationBar
        label={t("pagination")}
        summary={t("pageOf", { page, pages, total })}
        page={page}
        pages={pages}
        pageSize={pageSize}
        update={update}
      />
    </Card>
  );
}
