import { z } from "zod";
import { pagination } from "../../list-query";
import {
  AlertChannelKind,
  AlertComparator,
  AlertMetric,
  AlertSeverity,
  AlertSource,
  AlertStatus,
  type Role,
} from "../../generated/prisma/enums.ts";

export const alertMetrics = Object.values(AlertMetric);
export type AlertMetricName = AlertMetric;
export const alertComparators = Object.values(AlertComparator);
export type AlertComparatorName = AlertComparator;
export const alertSeverities = Object.values(AlertSeverity);
/** The roles an EMAIL alert channel may email: the team's, never customers. */
export const alertEmailRoles = ["SELLER", "SUPPORT", "ADMIN"] as const satisfies readonly Role[];
export const alertStatuses = Object.values(AlertStatus);
export type AlertStatusName = AlertStatus;
/** Alerts still open: firing, or acknowledged and not yet resolved. */
export const openAlertStatuses = ["FIRING", "ACKNOWLEDGED"] as const satisfies readonly AlertStatus[];

/** Metrics that are a share, in percent: their threshold stays within 0–100. */
export const percentMetrics: readonly AlertMetricName[] = ["ERROR_RATE", "FORM_ABANDONMENT_RATE"];

/** Metrics measured on monitors: a rule on one of them may watch one monitor (none means every monitor). */
export const monitorMetrics: readonly AlertMetricName[] = ["MONITOR_DOWN", "CERT_DAYS_LEFT"];

/** A rule: when `metric` over the last `windowMinutes` compares to `threshold`, an alert of `severity` fires. */
export const alertRuleSchema = z
  .object({
    name: z.string().trim().min(3, "tooShort").max(120, "tooLong"),
    metric: z.enum(alertMetrics),
    comparator: z.enum(alertComparators),
    threshold: z.coerce.number({ message: "number" }).min(0, "notNegative").max(1_000_000, "tooLarge"),
    windowMinutes: z.coerce
      .number({ message: "number" })
      .int("integer")
      .min(1, "tooSmall")
      .max(7 * 24 * 60, "tooLarge"),
    severity: z.enum(alertSeverities).default("WARNING"),
    /** Where its alerts are sent (alert channels); none sends nothing beyond the in-app notifications. */
    channelIds: z
      .array(z.string().trim().min(1, "required").max(40, "tooLong"))
      .max(50, "tooLong")
      .default([])
      .transform((list) => [...new Set(list)]),
    enabled: z.boolean().default(true),
    /** Monitor metrics only: the monitor watched; none means any monitor. */
    serviceCheckId: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((v) => v || null),
  })
  .refine((r) => !percentMetrics.includes(r.metric) || r.threshold <= 100, { message: "percentRange", path: ["threshold"] })
  .refine((r) => monitorMetrics.includes(r.metric) || r.serviceCheckId === null, { message: "monitorOnly", path: ["serviceCheckId"] });
export type AlertRuleInput = z.input<typeof alertRuleSchema>;
export type AlertRule = z.output<typeof alertRuleSchema>;

export const alertListQuery = z.object({
  /** `open` (firing or acknowledged), one status, or every alert. */
  status: z.enum(["open", "all", ...alertStatuses]).default("open"),
  ...pagination(25),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const alertIdParams = z.object({ id: z.string().trim().min(1).max(40) });

export const alertSources = Object.values(AlertSource);
export type AlertSourceName = AlertSource;

/** Labels as monitoring systems send them: short names to text, a bounded number of them. */
const labelMap = z
  .record(z.string().trim().min(1, "required").max(100, "tooLong"), z.string().max(2000, "tooLong"))
  .refine((labels) => Object.keys(labels).length <= 64, { message: "tooMany" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((v) => v || null);
const link = z
  .url({ protocol: /^https?$/, message: "url" })
  .max(2000, "tooLong")
  .nullish()
  .transform((v) => v || null);

/**
 * An alert raised through the API, by staff (the dialog) or by an external system with a personal
 * API token. `fingerprint` names the problem for its `source`: while its alert is open, the same
 * fingerprint updates it, and `status: "resolved"` resolves it.
 */
const raiseAlertFields = z.object({
  /** This format's version, "1" or left out: Alertmanager's notifications (version "4") take the same route. */
  version: z.literal("1").optional(),
  title: z.string().trim().min(3, "tooShort").max(200, "tooLong"),
  severity: z.enum(alertSeverities).default("WARNING"),
  /** The monitor concerned, by id or name: a maintenance window on its service suppresses the alert. */
  service: optionalText(200),
  details: optionalText(4000),
  /** The external system raising it, e.g. `nagios`; its fingerprints are its own. */
  source: z
    .string()
    .trim()
    .max(60, "tooLong")
    .regex(/^[\w.:-]*$/, "sourceName")
    .nullish()
    .transform((v) => v || null),
  fingerprint: optionalText(200),
  status: z.enum(["firing", "resolved"]).default("firing"),
  labels: labelMap.nullish().transform((v) => v ?? null),
  link,
});
export const raiseAlertSchema = raiseAlertFields.refine((alert) => alert.status === "firing" || alert.fingerprint !== null, {
  message: "required",
  path: ["fingerprint"],
});
export type RaiseAlert = z.output<typeof raiseAlertSchema>;

/** What the dialog sends: the fields staff fill in (the rest is for machines). */
export const raiseAlertFormSchema = raiseAlertFields.pick({ title: true, severity: true, service: true, details: true });
export type RaiseAlertFormInput = z.input<typeof raiseAlertFormSchema>;

const alertmanagerTime = z.iso.datetime({ offset: true, message: "date" });

/** One alert of an Alertmanager notification; its fingerprint is stable for a set of labels. */
const alertmanagerAlert = z.object({
  status: z.enum(["firing", "resolved"]),
  labels: labelMap,
  annotations: labelMap.default({}),
  startsAt: alertmanagerTime,
  /** "0001-01-01T00:00:00Z" while it fires. */
  endsAt: alertmanagerTime.optional(),
  generatorURL: z.string().max(2000, "tooLong").optional(),
  fingerprint: z.string().trim().min(1, "required").max(200, "tooLong"),
});

/** The webhook notification of Prometheus Alertmanager (`webhook_configs`, payload version 4). */
export const alertmanagerPayload = z.object({
  version: z.literal("4"),
  groupKey: z.string().max(2000, "tooLong"),
  truncatedAlerts: z.number().int().min(0).optional(),
  status: z.enum(["firing", "resolved"]),
  receiver: z.string().max(200, "tooLong"),
  groupLabels: labelMap.default({}),
  commonLabels: labelMap.default({}),
  commonAnnotations: labelMap.default({}),
  externalURL: z.string().max(2000, "tooLong").default(""),
  alerts: z.array(alertmanagerAlert).min(1, "required").max(500, "tooLong"),
});
export type AlertmanagerPayload = z.output<typeof alertmanagerPayload>;

/** What `POST /api/livepulse/alerts` takes: an Alertmanager notification (it carries `version`), or one alert. */
export const raiseAlertBody = z.discriminatedUnion("version", [alertmanagerPayload, raiseAlertSchema]);

const isoDate = z.iso.datetime();
const named = { id: z.string(), name: z.string(), nameKey: z.string().nullable() };

/** An alert as the API answers it (dates are ISO strings). */
export const alertSchema = z.object({
  id: z.string(),
  ruleId: z.string().nullable(),
  source: z.enum(alertSources),
  title: z.string().nullable(),
  status: z.enum(alertStatuses),
  severity: z.enum(alertSeverities),
  message: z.string(),
  value: z.number().nullable(),
  details: z.string().nullable(),
  sourceName: z.string().nullable(),
  sourceKey: z.string().nullable(),
  labels: z.record(z.string(), z.string()).nullable(),
  link: z.string().nullable(),
  serviceCheckId: z.string().nullable(),
  raisedById: z.string().nullable(),
  firedAt: isoDate,
  acknowledgedAt: isoDate.nullable(),
  acknowledgedById: z.string().nullable(),
  resolvedAt: isoDate.nullable(),
  maintenanceId: z.string().nullable(),
});

/** What raising answers: the alert, or for an Alertmanager notification each alert it opened, updated or resolved. */
export const raiseAlertResponse = z.union([alertSchema, z.object({ alerts: z.array(alertSchema) })]);

/** A page of alerts, each with what it shows: its rule or who raised it, its monitor, who acknowledged it, the window that suppressed it. */
export const alertListResponse = z.object({
  items: z.array(
    alertSchema.extend({
      rule: z
        .object({
          ...named,
          metric: z.enum(alertMetrics),
          comparator: z.enum(alertComparators),
          threshold: z.number(),
          windowMinutes: z.number().int(),
        })
        .nullable(),
      raisedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      serviceCheck: z.object(named).nullable(),
      acknowledgedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      maintenance: z.object({ id: z.string(), title: z.string() }).nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Firing alerts nobody has acknowledged yet. */
  firing: z.number().int(),
});

const alertRuleRow = z.object({
  id: z.string(),
  name: z.string(),
  nameKey: z.string().nullable(),
  metric: z.enum(alertMetrics),
  comparator: z.enum(alertComparators),
  threshold: z.number(),
  windowMinutes: z.number().int(),
  severity: z.enum(alertSeverities),
  enabled: z.boolean(),
  serviceCheckId: z.string().nullable(),
  emailRoles: z.array(z.string()),
  createdById: z.string().nullable(),
  lastValue: z.number().nullable(),
  lastEvaluatedAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** A rule as defining or replacing it answers: its fields and its channels' ids. */
export const alertRuleResponse = alertRuleRow.extend({ channels: z.array(z.object({ id: z.string() })) });

/** Every rule with its monitor, its channels, its open alert and whether its metric is measured. */
export const alertRuleListResponse = z.object({
  items: z.array(
    alertRuleRow.extend({
      serviceCheck: z.object(named).nullable(),
      channels: z.array(z.object({ ...named, kind: z.enum(Object.values(AlertChannelKind)) })),
      open: z.object({ id: z.string(), status: z.enum(alertStatuses) }).nullable(),
      evaluable: z.boolean(),
    }),
  ),
});

/** A deleted rule's id. */
export const alertRuleDeletedResponse = z.object({ id: z.string() });
