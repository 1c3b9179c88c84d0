"use client";

import { getCoreRowModel, useReactTable, type ColumnDef, type RowSelectionState } from "@tanstack/react-table";
import { Users } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { bulkAssignLeadsAction } from "@/lib/crm/leads/actions";
import type { LeadListQuery } from "@/lib/crm/leads/schemas";
import type { LeadSourceName, LeadStageName } from "@/lib/crm/stages";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { formatDate, formatMoney } from "@/lib/format";
import { cn } from "@/lib/utils";
import { StageBadge } from "./stage-badge";
import { UnverifiedEmailBadge } from "./unverified-email-badge";
import { DataTableView } from "@/components/data-table/data-table-view";
import { PaginationBar } from "@/components/data-table/pagination-bar";
import { SortHeader } from "@/components/data-table/sort-header";
import { useSearchParamsUpdate } from "@/components/data-table/use-search-params-update";
import { useDateFormat } from "@/lib/date-format";

export type LeadRow = {
  id: string;
  name: string;
  email: string;
  company: string | null;
  stage: LeadStageName;
  source: LeadSourceName;
  valueCents: number;
  createdAt: Date;
  lastActivityAt: Date | null;
  /** The assignee's name. */
  assignee: string | null;
  customerUnverified: boolean;
};

type SortKey = LeadListQuery["sort"];

/**
 * Each column's alignment and the width from which it shows (app/globals.css), header and cells
 * alike (a figures column's sort arrow goes before its label). A long name or email is cut with an ellipsis rather than widening the table past a phone's width.
 */
const columnClasses: Record<string, string> = {
  name: "row-title",
  company: "show-md",
  source: "show-md",
  value: "show-sm num",
  assignee: "show-lg",
  createdAt: "show-lg quiet",
  lastActivityAt: "show-2xl quiet",
};
type Props = {
  rows: LeadRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: SortKey;
  dir: "asc" | "desc";
  canWrite: boolean;
  assignees: Array<{ id: string; name: string }>;
  filtered: boolean;
};

/** The leads list: server-side sorting, filtering and pagination (through the URL), row selection for bulk assignment. */
export function LeadsTable({ rows, total, page, pageSize, sort, dir, canWrite, assignees, filtered }: Props) {
  const t = useTranslations("leads");
  const tSource = useTranslations("leadSource");
  const errorMessage = useActionErrorMessage();
  const locale = useLocale();
  const dates = useDateFormat();
  const { update, pending } = useSearchParamsUpdate();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [assignee, setAssignee] = useState<string>("");
  const [assigning, startAssign] = useTransition();
  const pages = Math.max(1, Math.ceil(total / pageSize));

  const columns = useMemo<ColumnDef<LeadRow>[]>(() => {
    const sortable = (key: SortKey, label: string) =>
      function Header() {
        const active = sort === key;
        const nextDir = active && dir === "asc" ? "desc" : active ? "asc" : key === "name" || key === "company" ? "asc" : "desc";
        return <SortHeader label={label} active={active} dir={dir} onSort={() => update({ sort: key, dir: nextDir })} />;
      };
    const list: ColumnDef<LeadRow>[] = [
      {
        id: "name",
        header: sortable("name", t("columns.name")),
        cell: ({ row }) => (
          <>
            <Link href={`/crm/leads/${row.original.id}`}>{row.original.name}</Link>
            <span>{row.original.email}</span>
            {row.original.customerUnverified && <UnverifiedEmailBadge />}
          </>
        ),
      },
      { id: "company", header: sortable("company", t("columns.company")), cell: ({ row }) => row.original.company ?? t("none") },
      { id: "stage", header: sortable("stage", t("columns.stage")), cell: ({ row }) => <StageBadge stage={row.original.stage} /> },
      { id: "source", header: t("columns.source"), cell: ({ row }) => tSource(row.original.source) },
      {
        id: "value",
        header: sortable("valueCents", t("columns.value")),
        cell: ({ row }) => formatMoney(row.original.valueCents, locale),
      },
      {
        id: "assignee",
        header: t("columns.assignee"),
        cell: ({ row }) => row.original.assignee ?? <span className="text-muted-foreground">{t("unassigned")}</span>,
      },
      {
        id: "createdAt",
        header: sortable("createdAt", t("columns.createdAt")),
        cell: ({ row }) => formatDate(row.original.createdAt, dates),
      },
      {
        id: "lastActivityAt",
        header: sortable("lastActivityAt", t("columns.lastActivityAt")),
        cell: ({ row }) => (row.original.lastActivityAt ? formatDate(row.original.lastActivityAt, dates) : t("none")),
      },
    ];
    if (canWrite) {
      list.unshift({
        id: "select",
        header: ({ table }) => (
          <Checkbox
            checked={table.getIsAllRowsSelected() ? true : table.getIsSomeRowsSelected() ? "indeterminate" : false}
            onCheckedChange={(checked) => table.toggleAllRowsSelected(checked === true)}
            aria-label={t("selectAll")}
          />
        ),
        cell: ({ row }) => (
          <Checkbox
            checked={row.getIsSelected()}
            onCheckedChange={(checked) => row.toggleSelected(checked === true)}
            aria-label={t("selectRow", { name: row.original.name })}
          />
        ),
      });
    }
    return list;
  }, [canWrite, dir, locale, dates, sort, t, tSource, update]);

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
    state: { rowSelection: selection },
    onRowSelectionChange: setSelection,
    enableRowSelection: canWrite,
  });
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  const assignSelected = () =>
    startAssign(async () => {
      const result = await bulkAssignLeadsAction({ ids: selectedIds, assigneeId: assignee === "none" ? null : assignee });
      if (result?.data) {
        toast.success(t("bulkAssigned", { count: result.data.updated }));
        setSelection({});
        setAssignee("");
      } else toast.error(errorMessage(actionError(result)));
    });

  if (rows.length === 0) {
    return <EmptyState icon={<Users />} title={t("emptyTitle")} description={filtered ? t("emptyFiltered") : t("emptyDescription")} />;
  }

  return (
    <div className="flex flex-col gap-3">
      {selectedIds.length > 0 && (
        <div
          role="region"
          aria-label={t("selectedCount", { count: selectedIds.length })}
          className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/40 bg-primary/5 px-4 py-2.5 text-sm"
        >
          <span className="font-medium">{t("selectedCount", { count: selectedIds.length })}</span>
          <ChoiceSelect
            value={assignee}
            onValueChange={setAssignee}
            options={[{ value: "none", label: t("unassigned") }, ...assignees.map((user) => ({ value: user.id, label: user.name }))]}
            placeholder={t("assignTo")}
            size="sm"
            className="min-w-48 bg-background"
            aria-label={t("assignTo")}
          />
          <Button size="sm" onClick={assignSelected} disabled={!assignee || assigning}>
            {t("assign")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelection({})} className="ml-auto">
            {t("clearSelection")}
          </Button>
        </div>
      )}
      <Card className={cn("gap-0 py-0 transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        <DataTableView table={table} columnClasses={columnClasses} sortedColumn={sort === "valueCents" ? "value" : sort} dir={dir} />
        <PaginationBar
          label={t("pagination")}
          summary={t("pageOf", { page, pages, total })}
          page={page}
          pages={pages}
          pageSize={pageSize}
          update={update}
        />
      </Card>
    </div>
  );
}
