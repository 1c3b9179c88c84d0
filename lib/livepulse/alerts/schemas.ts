import { z } from "zod";

export const alertMetrics = [
  "REQUESTS_PER_MINUTE",
  "P95_LATENCY_MS",
  "ERROR_RATE",
  "ACTIVE_USERS",
  "FORM_SUBMISSIONS_PER_HOUR",
  "FORM_ABANDONMENT_RATE",
  "NEW_LEADS_PER_HOUR",
  "NEW_TICKETS_PER_HOUR",
  "MONITOR_DOWN",
  "SLA_BREACHES",
] as const;
export type AlertMetricName = (typeof alertMetrics)[number];
export const alertComparators = ["GT", "GTE", "LT", "LTE"] as const;
export type AlertComparatorName = (typeof alertComparators)[number];
export const alertSeverities = ["INFO", "WARNING", "CRITICAL"] as const;
export type AlertSeverityName = (typeof alertSeverities)[number];
export const alertStatuses = ["FIRING", "ACKNOWLEDGED", "RESOLVED"] as const;
export type AlertStatusName = (typeof alertStatuses)[number];

/** Metrics that are a share, in percent: their threshold stays within 0–100. */
export const percentMetrics: readonly AlertMetricName[] = ["ERROR_RATE", "FORM_ABANDONMENT_RATE"];

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
    enabled: z.boolean().default(true),
    /** MONITOR_DOWN only: the monitor watched; none means any monitor. */
    serviceCheckId: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((v) => v || null),
  })
  .refine((r) => !percentMetrics.includes(r.metric) || r.threshold <= 100, { message: "percentRange", path: ["threshold"] })
  .refine((r) => r.metric === "MONITOR_DOWN" || r.serviceCheckId === null, { message: "monitorOnly", path: ["serviceCheckId"] });
export type AlertRuleInput = z.input<typeof alertRuleSchema>;
export type AlertRule = z.output<typeof alertRuleSchema>;

export const alertListQuery = z.object({
  /** `open` (firing or acknowledged), one status, or every alert. */
  status: z.enum(["open", "all", ...alertStatuses]).default("open"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const alertIdParams = z.object({ id: z.string().trim().min(1).max(40) });
