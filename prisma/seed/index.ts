import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoData, extraCustomers } from "./demo-data";
import { demoUsers } from "./demo-users";
import { seedMonitorHistory } from "./monitor-history";
import { plans } from "./plans";
import { seedReference } from "./reference";
import { seedStatusPage } from "./status-page";

const otherStaff = [
  { email: "lucie.vente@orbite.test", name: "Lucie Fabre", role: "SELLER" as const },
  { email: "marc.support@orbite.test", name: "Marc Henry", role: "SUPPORT" as const },
];

/**
 * The demo: reference data, the demo logins, other staff and customers, and their leads, requests,
 * tickets and history. Idempotent: users and plans are upserted, demo rows have fixed ids.
 */
export async function seed(db: PrismaClient) {
  const userIds: Record<string, string> = {};
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    const row =
      existing ??
      (await db.user.create({
        data: {
          email: user.email,
          name: user.name,
          company: user.company,
          role: user.role,
          passwordHash: await hashPassword(user.password),
        },
      }));
    userIds[user.email] = row.id;
  }
  // Extra accounts exist for the demo data only; they cannot log in with a known password.
  const lockedHash = await hashPassword(crypto.randomUUID());
  for (const [name, email, company] of extraCustomers) {
    const row = await db.user.upsert({
      where: { email },
      update: {},
      create: { email, name, company, role: "CUSTOMER", passwordHash: lockedHash },
    });
    userIds[email] = row.id;
  }
  for (const staff of otherStaff) {
    const row = await db.user.upsert({
      where: { email: staff.email },
      update: {},
      create: { ...staff, company: "Orbite", passwordHash: lockedHash },
    });
    userIds[staff.email] = row.id;
  }

  await seedReference(db);
  await seedMonitorHistory(db);
  const admin = userIds[demoUsers[3].email];
  // A little history: alerts that fired and resolved, from rules, raised by hand and sent by Alertmanager
  // (open ones come from the evaluation itself).
  const hour = 3_600_000;
  const seededAt = Date.now();
  await db.alert.createMany({
    data: [
      {
        id: "seed_alert_latency",
        ruleId: "rule_latency",
        status: "RESOLVED",
        severity: "WARNING",
        value: 912,
        message: "P95_LATENCY_MS 912 > 800 · 5 min",
        firedAt: new Date(seededAt - 26 * hour),
        acknowledgedAt: new Date(seededAt - 26 * hour + 4 * 60_000),
        acknowledgedById: userIds[demoUsers[2].email],
        resolvedAt: new Date(seededAt - 26 * hour + 18 * 60_000),
      },
      {
        id: "seed_alert_sla",
        ruleId: "rule_sla",
        status: "RESOLVED",
        severity: "WARNING",
        value: 1,
        message: "SLA_BREACHES 1 > 0 · 60 min",
        firedAt: new Date(seededAt - 50 * hour),
        resolvedAt: new Date(seededAt - 49 * hour),
      },
      {
        id: "seed_alert_payments",
        source: "MANUAL",
        title: "Paiements refusés par le prestataire",
        status: "RESOLVED",
        severity: "CRITICAL",
        message: "Paiements refusés par le prestataire",
        details: "Plusieurs clients signalent un refus au paiement ; le prestataire confirme un incident de son côté.",
        raisedById: userIds[demoUsers[2].email],
        firedAt: new Date(seededAt - 30 * hour),
        acknowledgedAt: new Date(seededAt - 30 * hour + 2 * 60_000),
        acknowledgedById: userIds[demoUsers[2].email],
        resolvedAt: new Date(seededAt - 29 * hour),
      },
      {
        id: "seed_alert_disk",
        source: "EXTERNAL",
        title: "Disque de db-1 presque plein",
        status: "RESOLVED",
        severity: "WARNING",
        message: "Disque de db-1 presque plein",
        details: "Moins de 10 % d’espace libre sur /var.",
        sourceName: "alertmanager",
        sourceKey: "4f1c2a9e7d3b6a10",
        labels: { alertname: "DiskAlmostFull", instance: "db-1", severity: "warning" },
        raisedById: admin,
        firedAt: new Date(seededAt - 70 * hour),
        resolvedAt: new Date(seededAt - 68 * hour),
      },
    ],
    skipDuplicates: true,
  });

  await seedStatusPage(db, { support: userIds[demoUsers[2].email], admin });

  const demo = await seedDemoData(db, {
    customers: [demoUsers[0].email, ...extraCustomers.map((c) => c[1])].map((e) => userIds[e]),
    sellers: [demoUsers[1].email, otherStaff[0].email].map((e) => userIds[e]),
    support: [demoUsers[2].email, otherStaff[1].email].map((e) => userIds[e]),
    admin,
  });
  return { users: Object.keys(userIds).length, plans: plans.length, ...demo };
}
