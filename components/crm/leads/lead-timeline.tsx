import { CalendarClock, CircleDot, Mail, MessageSquare, Phone, Settings2, UserRoundCog, Users } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AddActivityForm } from "@/components/crm/leads/add-activity-form";
import { TaskDoneToggle } from "@/components/crm/leads/task-done-toggle";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActivityItem, listActivities } from "@/lib/crm/leads/queries";
import { formatDate } from "@/lib/format";
import { cn } from "@/lib/utils";
import { getDateFormat } from "@/lib/date-format-server";

const icons: Record<ActivityItem["type"], typeof Phone> = {
  CALL: Phone,
  EMAIL: Mail,
  MEETING: Users,
  NOTE: MessageSquare,
  TASK: CalendarClock,
  STAGE_CHANGE: CircleDot,
  ASSIGNMENT: UserRoundCog,
  SYSTEM: Settings2,
};

/** A lead's timeline: what people logged and what changed by itself, newest first, with a form to log more. */
export async function LeadTimeline({
  lead,
  activities,
  historySize,
  canWrite,
}: {
  lead: { id: string };
  activities: Awaited<ReturnType<typeof listActivities>>;
  historySize: number;
  canWrite: boolean;
}) {
  const [tTimeline, tStage, dates] = await Promise.all([getTranslations("leads.timeline"), getTranslations("leadStage"), getDateFormat()]);
  const now = new Date();

  const describe = (activity: ActivityItem): ReactNode => {
    const meta = (activity.meta ?? {}) as Record<string, string | null>;
    if (activity.type === "STAGE_CHANGE" && meta.from && meta.to)
      return tTimeline("stageChange", { from: tStage(meta.from as "NEW"), to: tStage(meta.to as "NEW") });
    if (activity.type === "ASSIGNMENT")
      return tTimeline("assignment", { from: meta.fromName ?? tTimeline("nobody"), to: meta.toName ?? tTimeline("nobody") });
    if (activity.type === "SYSTEM" && meta.event === "created") return tTimeline("created");
    return activity.subject;
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{tTimeline("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {canWrite && <AddActivityForm leadId={lead.id} />}
        {activities.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{tTimeline("empty")}</p>
        ) : (
          <ol className="flex flex-col" data-testid="lead-timeline">
            {activities.items.map((activity, index) => {
              const Icon = icons[activity.type];
              const automatic = ["STAGE_CHANGE", "ASSIGNMENT", "SYSTEM"].includes(activity.type);
              const overdue = activity.type === "TASK" && !activity.completedAt && activity.dueAt && activity.dueAt < now;
              return (
                <li key={activity.id} className="relative flex gap-3 pb-5 last:pb-0">
                  {index < activities.items.length - 1 && (
                    <span className="absolute top-8 bottom-0 left-4 w-px bg-border" aria-hidden="true" />
                  )}
                  <span
                    className={cn(
                      "z-10 flex size-8 shrink-0 items-center justify-center rounded-full border bg-background",
                      automatic ? "text-muted-foreground" : "border-primary/30 bg-primary/5 text-primary",
                    )}
                  >
                    <Icon className="size-4" aria-hidden="true" />
                  </span>
                  <div className="flex min-w-0 flex-1 flex-col gap-1 pt-1">
                    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
                      {activity.type === "TASK" && (
                        <span className="self-center">
                          <TaskDoneToggle
                            id={activity.id}
                            leadId={lead.id}
                            subject={activity.subject}
                            done={activity.completedAt !== null}
                            disabled={!canWrite}
                          />
                        </span>
                      )}
                      <span className="font-medium text-muted-foreground">{tTimeline(`types.${activity.type}`)}</span>
                      <span
                        className={cn(
                          automatic ? "text-muted-foreground" : "font-medium",
                          activity.completedAt && "line-through opacity-70",
                        )}
                      >
                        {describe(activity)}
                      </span>
                    </div>
                    {activity.body && <p className="text-sm whitespace-pre-line text-muted-foreground">{activity.body}</p>}
                    <p className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
                      <span>
                        {activity.user?.name ?? tTimeline("system")} · {formatDate(activity.createdAt, dates, true)}
                      </span>
                      {activity.dueAt && (
                        <span className={cn(overdue && "font-medium text-destructive")}>
                          {overdue
                            ? tTimeline("overdue", { date: formatDate(activity.dueAt, dates, true) })
                            : tTimeline("due", { date: formatDate(activity.dueAt, dates, true) })}
                        </span>
                      )}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {activities.total > activities.items.length && (
          <Button asChild variant="outline" size="sm" className="self-center">
            <Link href={`/crm/leads/${lead.id}?history=${historySize + 100}`} scroll={false}>
              {tTimeline("more")}
            </Link>
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
