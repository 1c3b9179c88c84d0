import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { NotificationCenter } from "@/components/notifications/notification-center";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { notificationListQuery, type NotificationListQuery } from "@/lib/notifications/schemas";
import { pageNotifications } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The page's URL for a filter and page (the defaults stay out of it). */
function hrefOf(query: Pick<NotificationListQuery, "unread" | "page">): string {
  const params = new URLSearchParams();
  if (query.unread) params.set("unread", "1");
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/notifications?${search}` : "/notifications";
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("notifications:access");
  // A hand-edited URL with a bad value falls back to the defaults rather than failing.
  const parsed = notificationListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : notificationListQuery.parse({});
  const [result, now, t] = await Promise.all([pageNotifications(user, query), new Date().toISOString(), getTranslations("notifications")]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  // Past the last page (everything on it was just read, say): the last page there is.
  if (query.page > pages) redirect(hrefOf({ unread: query.unread, page: pages }));

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} className="pb-0" />
      <ClientMessages namespaces={["notifications", "notificationType", "requestStatus", "alertSeverity", "livepulseNames"]}>
        <NotificationCenter
          userId={user.id}
          items={result.items}
          unread={result.unread}
          total={result.total}
          filter={query.unread ? "unread" : "all"}
          page={result.page}
          pageSize={result.pageSize}
          now={now}
          links={{
            all: hrefOf({ unread: false, page: 1 }),
            unread: hrefOf({ unread: true, page: 1 }),
            previous: result.page > 1 ? hrefOf({ unread: query.unread, page: result.page - 1 }) : null,
            next: result.page < pages ? hrefOf({ unread: query.unread, page: result.page + 1 }) : null,
          }}
        />
      </ClientMessages>
    </div>
  );
}
