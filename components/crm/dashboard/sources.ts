import type { LeadSourceName } from "@/lib/crm/stages";

/** One colour per lead source, from the theme's chart palette (light and dark). */
export const sourceColors: Record<LeadSourceName, string> = {
  HOSTING_REQUEST: "var(--chart-1)",
  WEBSITE: "var(--chart-2)",
  REFERRAL: "var(--chart-3)",
  EMAIL: "var(--chart-4)",
  PHONE: "var(--chart-5)",
  EVENT: "var(--success)",
  OTHER: "var(--muted-foreground)",
};

/** One colour per open stage, for the pipeline bar. */
export const stageColors = ["var(--chart-5)", "var(--chart-2)", "var(--chart-1)", "var(--chart-3)", "var(--chart-4)"] as const;
