import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { InviteUserDialog } from "@/components/users/invite-user-dialog";
import { UsersFilters } from "@/components/users/users-filters";
import { UsersTable } from "@/components/users/users-table";
import { requirePage } from "@/lib/auth/require-page";
import { listUsers } from "@/lib/users/queries";
import { userListQuery } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePage("users:manage");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A hand-edited URL with a wrong value shows the whole list rather than failing.
  const parsed = userListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : userListQuery.parse({});
  const [page, t] = await Promise.all([listUsers(user, query), getTranslations("users")]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        className="pb-0"
        actions={
          <ClientMessages namespaces={["users", "roles"]}>
            <InviteUserDialog />
          </ClientMessages>
        }
      />
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <ClientMessages namespaces={["users", "roles", "userStatus"]}>
          <UsersFilters />
        </ClientMessages>
        <p className="text-sm text-muted-foreground" role="status" data-testid="user-count">
          {t("results", { total: page.total })}
        </p>
      </div>
      <UsersTable page={page} query={query} />
    </div>
  );
}
