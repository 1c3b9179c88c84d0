import { pageRecord } from "@/lib/auth/require-page";
import { getRequest } from "@/lib/hosting/requests/queries";

export const requestRecord = pageRecord("portal:access", getRequest);
