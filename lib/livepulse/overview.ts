import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";

/** What the LivePulse front page shows: monitors, open alerts, the form's last day. */
export async function livePulseOverview(actor: Actor, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const [services, alerts, formCounts] = await Promise.all([
    db.serviceCheck.findMany({ where: { enabled: true }, orderBy: [{ builtin: "desc" }, { name: "asc" }] }),
    db.alert.findMany({
      where: { status: { not: "RESOLVED" } },
      orderBy: { firedAt: "desc" },
      take: 10,
      include: { rule: { select: { name: true } } },
    }),
    db.formEvent.groupBy({ by: ["type"], where: { form: "hosting-request", createdAt: { gte: dayAgo } }, _count: { _all: true } }),
  ]);
  const count = (type: string) => formCounts.find((c) => c.type === type)?._count._all ?? 0;
  return { services, alerts, formViews: count("VIEW"), formSubmissions: count("SUBMIT") };
}
