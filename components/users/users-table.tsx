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
            <TableHead className="show-lg">{t("columns.email")}</TableHead>
            <TableHead className="show-sm">{t("columns.role")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead className="show-md">{t("columns.lastLogin")}</TableHead>
            <TableHead className="show-xl pr-4">{t("columns.createdAt")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((user) => (
            <TableRow key={user.id}>
              <TableCell className="row-title pl-4">
                <Link href={`${basePath}/${user.id}`}>{user.name}</Link>
                <span className="lg:hidden">{user.email}</span>
                <span className="sm:hidden">{tRole(user.role)}</span>
              </TableCell>
              <TableCell className="show-lg max-w-64 truncate">{user.email}</TableCell>
              <TableCell className="show-sm">{tRole(user.role)}</TableCell>
              <TableCell>
                <StatusBadge kind="userStatus" value={user.status} />
              </TableCell>
              <TableCell className="show-md quiet">{user.lastLoginAt ? formatDate(user.lastLoginAt, dates, true) : t("never")}</TableCell>
              <TableCell className="show-xl quiet pr-4">{formatDate(user.createdAt, dates)}</TableCell>
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
