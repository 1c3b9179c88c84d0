import { emailPreferencesResponse, emailPreferencesSchema } from "@/lib/account-settings/schemas";
import { updateEmailPreferences } from "@/lib/account-settings/update-email-preferences";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/me/email-preferences",
    summary: "Choose the optional emails the signed-in user receives: REQUESTS, TICKETS, INCIDENTS for a customer, STAFF, ALERTS for staff",
    tags: ["account"],
    access: "account:manage",
    body: emailPreferencesSchema,
    response: emailPreferencesResponse,
    errors: [],
  },
  async ({ user, body }) => updateEmailPreferences(user, body),
);
