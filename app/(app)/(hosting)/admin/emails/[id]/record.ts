import { pageRecord } from "@/lib/auth/require-page";
import { getEmail } from "@/lib/mail/queries";

export const emailRecord = pageRecord("emails:read", getEmail);
