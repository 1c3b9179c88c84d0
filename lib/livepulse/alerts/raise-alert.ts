import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { uniqueViolation } from "../../db-errors";
import { AppError } from "../../errors";
import type { Alert } from "../../generated/prisma/client.ts";
import type { AlertSeverity, AlertSource } from "../../generated/prisma/enums.ts";
import { activeMaintenanceFor } from "../../maintenance/queries";
import { facts } from "../../notifications/titles";
import type { PendingNotification } from "../../notifications/notify";
import { queueAlertDeliveries } from "../channels/queue-deliveries";
import { announceFiring } from "./announce";
import { publishAlertChange } from "./events";
import { openAlertStatuses, type AlertmanagerPayload, type RaiseAlert } from "./schemas";

/** One problem as an alert's sender tells it, whoever sends it: staff, a machine's JSON, an Alertmanager alert. */
type AlertSignal = {
  status: "firing" | "resolved";
  title: string;
  severity: AlertSeverity;
  details: string | null;
  /** The sender and its key for the problem: while an alert of them is open, the signal is about it. */
  sourceName: string | null;
  sourceKey: string | null;
  labels: Record<string, string> | null;
  link: string | null;
  serviceCheckId: string | null;
  firedAt: Date;
};

/** What a signal did: opened an alert (FIRING, or SUPPRESSED by a maintenance window), updated or resolved the open one, or nothing. */
export type RaiseOutcome = "created" | "suppressed" | "updated" | "resolved" | "unchanged";
type Applied = { alert: Alert; outcome: RaiseOutcome; notifications: PendingNotification[] };

/** Whether an outcome opened a new alert (the API answers 201) rather than acting on one (200). */
export const opened = (outcome: RaiseOutcome) => outcome === "created" || outcome === "suppressed";

/**
 * The monitor a sender names, by id or name (any case). Unknown or ambiguous: a 422 when `strict`
 * (the sender chose the field), else none (an Alertmanager label may name anything).
 */
async function monitorNamed(tx: Tx, service: string | null, strict: boolean): Promise<string | null> {
  if (!service) return null;
  const rows = await tx.serviceCheck.findMany({
    where: { OR: [{ id: service }, { name: { equals: service, mode: "insensitive" } }] },
    select: { id: true },
    take: 2,
  });
  const exact = rows.find((row) => row.id === service);
  if (exact || rows.length === 1) return (exact ?? rows[0]).id;
  if (!strict) return null;
  throw new AppError("VALIDATION", rows.length ? "Several monitors have this name: send its id." : "This monitor does not exist.", {
    service: [rows.length ? "ambiguous" : "unknown"],
  });
}

const openWhere = (signal: AlertSignal) => ({
  sourceName: signal.sourceName,
  sourceKey: signal.sourceKey,
  status: { in: [...openAlertStatuses] },
});

/** The fields a signal sets on its alert, new or open. */
const signalFields = (signal: AlertSignal) => ({
  title: signal.title,
  message: signal.title,
  severity: signal.severity,
  details: signal.details,
  labels: signal.labels ?? undefined,
  link: signal.link,
  serviceCheckId: signal.serviceCheckId,
});

/**
 * Applies one signal inside the caller's transaction. Firing: the open alert of its key is updated;
 * otherwise a new alert opens, SUPPRESSED when a maintenance window covers its monitor (one per key
 * and occurrence, as for rules), FIRING otherwise (staff notified, every enabled channel told).
 * Resolved: the open alert of its key resolves (its channels told); with none open, the latest of
 * the key is answered as it is, and null when the key never raised one.
 */
async function applySignal(tx: Tx, actor: Actor, source: AlertSource, signal: AlertSignal, now: Date): Promise<Applied | null> {
  const open = signal.sourceKey ? await tx.alert.findFirst({ where: openWhere(signal) }) : null;
  if (signal.status === "resolved") {
    if (!open) {
      const latest = await tx.alert.findFirst({
        where: { sourceName: signal.sourceName, sourceKey: signal.sourceKey },
        orderBy: [{ firedAt: "desc" }, { id: "desc" }],
      });
      return latest && { alert: latest, outcome: "unchanged", notifications: [] };
    }
    const alert = await tx.alert.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: now } });
    await queueAlertDeliveries(tx, null, alert, "RESOLVED");
    await writeAudit(tx, { actorId: actor.id, action: "alert.resolve", entity: "Alert", entityId: alert.id, before: open, after: alert });
    return { alert, outcome: "resolved", notifications: [] };
  }
  if (open) {
    const alert = await tx.alert.update({ where: { id: open.id }, data: signalFields(signal) });
    await writeAudit(tx, { actorId: actor.id, action: "alert.update", entity: "Alert", entityId: alert.id, before: open, after: alert });
    return { alert, outcome: "updated", notifications: [] };
  }
  const raised = { ...signalFields(signal), source, sourceName: signal.sourceName, sourceKey: signal.sourceKey, raisedById: actor.id };
  const maintenance = signal.serviceCheckId ? await activeMaintenanceFor([signal.serviceCheckId], now, tx) : null;
  if (maintenance) {
    const silenced = signal.sourceKey
      ? await tx.alert.findFirst({
          where: {
            sourceName: signal.sourceName,
            sourceKey: signal.sourceKey,
            status: "SUPPRESSED",
            maintenanceId: maintenance.id,
            firedAt: { gte: maintenance.occurrence.start },
          },
        })
      : null;
    if (silenced) {
      const alert = await tx.alert.update({ where: { id: silenced.id }, data: signalFields(signal) });
      return { alert, outcome: "updated", notifications: [] };
    }
    const alert = await tx.alert.create({ data: { ...raised, status: "SUPPRESSED", maintenanceId: maintenance.id, firedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "alert.suppress", entity: "Alert", entityId: alert.id, after: alert });
    return { alert, outcome: "suppressed", notifications: [] };
  }
  const alert = await tx.alert.create({ data: { ...raised, firedAt: signal.firedAt } });
  await writeAudit(tx, { actorId: actor.id, action: "alert.raise", entity: "Alert", entityId: alert.id, after: alert });
  const notifications = await announceFiring(tx, alert, null, facts(signal.title, signal.sourceName));
  return { alert, outcome: "created", notifications };
}

/**
 * Applies signals in one transaction, then publishes. Two senders racing on a new key meet the
 * partial unique index (one open alert per key): the loser runs again and updates the winner's alert.
 */
async function applySignals(actor: Actor, source: AlertSource, build: (tx: Tx) => Promise<AlertSignal[]>, now: Date) {
  const run = () =>
    db.$transaction(async (tx) => {
      const applied: Applied[] = [];
      for (const signal of await build(tx)) {
        const result = await applySignal(tx, actor, source, signal, now);
        if (result) applied.push(result);
      }
      return applied;
    });
  const applied = await run().catch((error: unknown) => {
    if (uniqueViolation(error)) return run();
    throw error;
  });
  const changed = applied.filter((a) => a.outcome !== "unchanged");
  if (changed.length) {
    await publishAlertChange({ alertId: changed[0].alert.id, notifications: changed.flatMap((a) => a.notifications) });
  }
  return applied;
}

/**
 * Raises an alert, or updates or resolves the open one of its fingerprint: staff by hand (MANUAL),
 * a machine with a personal API token (EXTERNAL; its fingerprints belong to its `source`, "api"
 * unless named). A resolution whose fingerprint never raised an alert is a 404.
 */
export async function raiseAlert(actor: Actor, input: RaiseAlert, now = new Date()): Promise<{ alert: Alert; outcome: RaiseOutcome }> {
  assertCan(actor, "alerts:raise");
  const external = actor.scopes !== undefined;
  const [result] = await applySignals(
    actor,
    external ? "EXTERNAL" : "MANUAL",
    async (tx) => [
      {
        status: input.status,
        title: input.title,
        severity: input.severity,
        details: input.details,
        sourceName: input.source ?? (input.fingerprint ? (external ? "api" : "manual") : null),
        sourceKey: input.fingerprint,
        labels: input.labels,
        link: input.link,
        serviceCheckId: await monitorNamed(tx, input.service, true),
        firedAt: now,
      },
    ],
    now,
  );
  if (!result) throw new AppError("NOT_FOUND", "No alert was raised with this fingerprint.");
  return { alert: result.alert, outcome: result.outcome };
}

/** Alertmanager's severities to ours: the usual label values, anything else informational. */
const alertmanagerSeverities: Record<string, AlertSeverity> = {
  critical: "CRITICAL",
  error: "CRITICAL",
  page: "CRITICAL",
  warning: "WARNING",
  warn: "WARNING",
};

/** Alertmanager's "startsAt", kept when it is a real instant in the past; else the time received. */
function startedAt(startsAt: string, now: Date): Date {
  const date = new Date(startsAt);
  return date.getTime() > 0 && date <= now ? date : now;
}

/**
 * A notification of Prometheus Alertmanager: each of its alerts, by fingerprint, opens or updates
 * one alert (firing) or resolves it (resolved), all in one transaction. Title from
 * `annotations.summary` (else `labels.alertname`), severity from `labels.severity`, monitor from
 * `labels.service` when one has that id or name. A resolution of an alert never received is ignored.
 */
export async function receiveAlertmanager(actor: Actor, payload: AlertmanagerPayload, now = new Date()) {
  assertCan(actor, "alerts:raise");
  const applied = await applySignals(
    actor,
    "EXTERNAL",
    async (tx) => {
      const signals: AlertSignal[] = [];
      for (const alert of payload.alerts) {
        const labels = { ...payload.commonLabels, ...alert.labels };
        const annotations = { ...payload.commonAnnotations, ...alert.annotations };
        const title = (annotations.summary || labels.alertname || alert.fingerprint).slice(0, 200);
        signals.push({
          status: alert.status,
          title,
          severity: alertmanagerSeverities[labels.severity?.toLowerCase() ?? ""] ?? "INFO",
          details: (annotations.description || null)?.slice(0, 4000) ?? null,
          sourceName: "alertmanager",
          sourceKey: alert.fingerprint,
          labels,
          link: /^https?:\/\//.test(alert.generatorURL ?? "") ? alert.generatorURL! : null,
          serviceCheckId: await monitorNamed(tx, labels.service ?? null, false),
          firedAt: startedAt(alert.startsAt, now),
        });
      }
      return signals;
    },
    now,
  );
  return applied.map(({ alert, outcome }) => ({ alert, outcome }));
}
