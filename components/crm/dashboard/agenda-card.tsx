import { CalendarCheck, CheckSquare, Phone, Users } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { todaysActivities } from "@/lib/crm/dashboard/queries";
import { businessTimeZone, dayBounds } from "@/lib/crm/dashboard/time";

type Agenda = Awaited<ReturnType<typeof todaysActivities>>;

const icons = { TASK: CheckSquare, CALL: Phone, MEETING: Users } as const;

/** The signed-in user's day: overdue and due tasks, today's calls and meetings. */
export async function AgendaCard({ agenda, now }: { agenda: Agenda; now: Date }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.agenda"), getLocale()]);
  const intlLocale = locale === "fr" ? "fr-FR" : "en-GB";
  const time = new Intl.DateTimeFormat(intlLocale, { timeStyle: "short", timeZone: businessTimeZone });
  const day = new Intl.DateTimeFormat(intlLocale, { day: "numeric", month: "short", timeZone: businessTimeZone });
  const today = dayBounds(now);
  // Today's items show their time; overdue items from earlier days show their day.
  const when = (date: Date) => (date < today.start ? day.format(date) : time.format(date));
  return (
    <Card className="gap-4" data-testid="agenda">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {agenda.items.length === 0 ? (
          <div className="flex flex-col items-center gap-2 py-6 text-center text-sm text-muted-foreground">
            <CalendarCheck className="size-6" aria-hidden="true" />
            {t("empty")}
          </div>
        ) : (
          <ul className="flex flex-col divide-y text-sm">
            {agenda.items.map((activity) => {
              const type = activity.type as keyof typeof icons;
              const Icon = icons[type] ?? CheckSquare;
              return (
                <li key={activity.id} className="flex items-start gap-3 py-2.5 first:pt-0 last:pb-0">
                  <span className="mt-0.5 rounded-md bg-secondary p-1.5 text-secondary-foreground" aria-hidden="true">
                    <Icon className="size-3.5" />
                  </span>
                  <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <span className="line-clamp-2 font-medium">
                      <span className="sr-only">{t(`type.${type}`)}, </span>
                      {activity.subject}
                    </span>
                    <Link
                      href={`/crm/leads/${activity.lead.id}`}
                      className="w-fit max-w-full truncate text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
                    >
                      {activity.lead.company ?? activity.lead.name}
                    </Link>
                  </div>
                  <div className="flex shrink-0 flex-col items-end gap-1 text-xs">
                    {activity.dueAt && (
                      <time dateTime={activity.dueAt.toISOString()} className="text-muted-foreground tabular-nums">
                        {when(activity.dueAt)}
                      </time>
                    )}
                    {activity.overdue && <Badge variant="destructive">{t("overdue")}</Badge>}
                    {activity.completedAt && <Badge variant="success">{t("done")}</Badge>}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {agenda.total > agenda.items.length && (
          <p className="pt-3 text-xs text-muted-foreground">{t("more", { count: agenda.total - agenda.items.length })}</p>
        )}
      </CardContent>
    </Card>
  );
}
