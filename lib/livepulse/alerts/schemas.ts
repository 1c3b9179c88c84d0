import { z } from "zod";
import { pagination } from "../../list-query";
import { AlertComparator, AlertMetric, AlertSeverity, AlertStatus, type Role } from "../../generated/prisma/enums.ts";

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
