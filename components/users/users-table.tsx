import { SearchX, UsersRound } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { StatusBadge } from "@/components/status/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import type { listUsers } from "@/lib/users/queries";
import type { UserListQuery } from "@/lib/users/schemas";

type Page = Awaited<ReturnType<typeof listUsers>>;

const basePath = "/admin/users";

/** The list's URL at another page, its filters kept. */
function pageHref(query: UserListQuery, page: number): string {
  return listHref(basePath, {
    q: query.q,
    role: query.role?.join(","),
    status: query.status?.join(","),
    page,
    pageSize: query.pageSize === 25 ? undefined : query.pageSize,
  });
}

/** Every account, newest first: name and email, role, status, last sign-in and creation. */
export async function UsersTable({ page, query }: { page: Page; query: UserListQuery }) {
  const [t, tRole, dates] = await Promise.all([getTranslations("users"), getTranslations("roles"), getDateFormat()]);
  const filtered = Boolean(query.q || query.role?.length || query.status?.length);

  if (page.items.length === 0) {
    return filtered ? (
      <EmptyState icon={<SearchX />} title={t("noMatchTitle")} description={t("noMatchDescription")} />
    ) : (
      <EmptyState icon={<UsersRound />} title={t("emptyTitle")} description={t("emptyDescription")} />
    );
  }

  return (
    <Card className="gap-0 py-0">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">{t("columns.name")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("columns.email")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("columns.role")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("columns.lastLogin")}</TableHead>
            <TableHead className="hidden pr-4 xl:table-cell">{t("columns.createdAt")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((user) => (
            <TableRow key={user.id}>
              <TableCell className="max-w-40 pl-4 sm:max-w-64">
                <Link
                  href={`${basePath}/${user.id}`}
                  className="block truncate font-medium text-primary underline-offset-4 hover:underline"
                >
                  {user.name}
                </Link>
                <span className="block truncate text-xs text-muted-foreground lg:hidden">{user.email}</span>
                <span className="block truncate text-xs text-muted-foreground sm:hidden">{tRole(user.role)}</span>
              </TableCell>
              <TableCell className="hidden max-w-64 truncate lg:table-cell">{user.email}</TableCell>
              <TableCell className="hidden sm:table-cell">{tRole(user.role)}</TableCell>
              <TableCell>
                <StatusBadge kind="userStatus" value={user.status} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground tabular-nums md:table-cell">
                {user.lastLoginAt ? formatDate(user.lastLoginAt, dates, true) : t("never")}
              </TableCell>
              <TableCell className="hidden pr-4 whitespace-nowrap text-muted-foreground tabular-nums xl:table-cell">
                {formatDate(user.createdAt, dates)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <LinkPagination
        namespace="users"
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        href={(target) => pageHref(query, target)}
      />
    </Card>
  );
}
