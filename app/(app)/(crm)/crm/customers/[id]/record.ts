import { pageRecord } from "@/lib/auth/require-page";
import { getCustomer } from "@/lib/crm/customers/queries";

export const customerRecord = pageRecord("crm:read", getCustomer);
