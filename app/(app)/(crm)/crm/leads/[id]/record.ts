import { pageRecord } from "@/lib/auth/require-page";
import { getLead } from "@/lib/crm/leads/queries";

export const leadRecord = pageRecord("crm:read", getLead);
