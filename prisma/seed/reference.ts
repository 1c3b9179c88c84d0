import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { plans } from "./plans";

/**
 * What every database needs, production included: the plans, the SLA table, the built-in monitors,
 * the default alert channel (support and admins, by email) and the default alert rules, which send
 * to it. Idempotent: rows that exist are left as they are (an admin may have edited them).
 */
export async function seedReference(db: PrismaClient) {
  for (const plan of plans) {
    await db.hostingPlan.upsert({ where: { slug: plan.slug }, update: {}, create: plan });
  }

  const sla = [
    { priority: "URGENT" as const, firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
    { priority: "HIGH" as const, firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
    { priority: "NORMAL" as const, firstResponseMinutes: 8 * 60, resolutionMinutes: 48 * 60 },
    { priority: "LOW" as const, firstResponseMinutes: 24 * 60, resolutionMinutes: 120 * 60 },
  ];
  await db.slaPolicy.createMany({ data: sla, skipDuplicates: true });

  await db.serviceCheck.createMany({
    data: [
      { id: "check_database", nameKey: "database", name: "Base de données", kind: "DATABASE", builtin: true, intervalSeconds: 30 },
      { id: "check_realtime", nameKey: "realtime", name: "Temps réel", kind: "REALTIME", builtin: true, intervalSeconds: 30 },
      { id: "check_memory", nameKey: "memory", name: "Mémoire", kind: "MEMORY", builtin: true, intervalSeconds: 30 },
      { id: "check_event_loop", nameKey: "eventLoop", name: "Boucle d'événements", kind: "EVENT_LOOP", builtin: true, intervalSeconds: 30 },
    ],
    skipDuplicates: true,
  });
  await db.alertChannel.createMany({
    data: [
      { id: "channel_staff_email", nameKey: "staffEmail", name: "Support et admins", kind: "EMAIL", emailRoles: ["SUPPORT", "ADMIN"] },
    ],
    skipDuplicates: true,
  });
  const rules = [
    {
      id: "rule_error_rate",
      nameKey: "errorRate",
      name: "Taux d'erreur élevé",
      metric: "ERROR_RATE",
      comparator: "GT",
      threshold: 5,
      windowMinutes: 5,
      severity: "CRITICAL",
    },
    {
      id: "rule_latency",
      nameKey: "latency",
      name: "Latence p95 > 800 ms",
      metric: "P95_LATENCY_MS",
      comparator: "GT",
      threshold: 800,
      windowMinutes: 5,
      severity: "WARNING",
    },
    {
      id: "rule_sla",
      nameKey: "slaBreached",
      name: "SLA de ticket dépassé",
      metric: "SLA_BREACHES",
      comparator: "GT",
      threshold: 0,
      windowMinutes: 60,
      severity: "WARNING",
    },
  ] as const;
  for (const rule of rules) {
    if (await db.alertRule.findUnique({ where: { id: rule.id }, select: { id: true } })) continue;
    // A new default rule sends to the default channel, when an admin has not deleted it.
    const channel = await db.alertChannel.findUnique({ where: { id: "channel_staff_email" }, select: { id: true } });
    await db.alertRule.create({ data: { ...rule, channels: channel ? { connect: [channel] } : undefined } });
  }
  return { plans: plans.length };
}
