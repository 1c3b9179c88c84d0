import { pageRecord } from "@/lib/auth/require-page";
import { getUser } from "@/lib/users/queries";

export const userRecord = pageRecord("users:manage", getUser);
