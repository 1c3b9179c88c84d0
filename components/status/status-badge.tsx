import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

type Variant = "default" | "secondary" | "outline" | "destructive" | "success" | "warning" | "info";

const variants = {
  requestStatus: {
    SUBMITTED: "info",
    IN_REVIEW: "info",
    QUOTED: "warning",
    APPROVED: "default",
    PROVISIONING: "default",
    ACTIVE: "success",
    REJECTED: "destructive",
    CANCELLED: "secondary",
  },
  ticketStatus: { OPEN: "info", IN_PROGRESS: "default", WAITING_CUSTOMER: "warning", RESOLVED: "success", CLOSED: "secondary" },
  ticketPriority: { LOW: "secondary", NORMAL: "outline", HIGH: "warning", URGENT: "destructive" },
  leadStage: {
    NEW: "info",
    CONTACTED: "outline",
    QUALIFIED: "default",
    PROPOSAL: "warning",
    NEGOTIATION: "warning",
    WON: "success",
    LOST: "secondary",
  },
  serviceStatus: { UP: "success", DEGRADED: "warning", DOWN: "destructive", UNKNOWN: "secondary" },
  alertSeverity: { INFO: "info", WARNING: "warning", CRITICAL: "destructive" },
} as const satisfies Record<string, Record<string, Variant>>;

type Kind = keyof typeof variants;

/** A translated, coloured badge for any of the product's enumerations. */
export async function StatusBadge<K extends Kind>({ kind, value }: { kind: K; value: keyof (typeof variants)[K] & string }) {
  const t = (await getTranslations(kind)) as unknown as (key: string) => string;
  const variant = (variants[kind] as Record<string, Variant>)[value];
  return <Badge variant={variant}>{t(value)}</Badge>;
}
