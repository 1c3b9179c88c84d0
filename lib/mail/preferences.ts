import type { EmailCategory, Role } from "../generated/prisma/enums.ts";

/** What a customer may turn off: their requests' and tickets' news (on by default), incidents and maintenance (opt-in). */
export const customerEmailCategories = ["REQUESTS", "TICKETS", "INCIDENTS"] as const satisfies readonly EmailCategory[];
/** What a member of staff may turn off: the team's notices (tickets, SLA) and LivePulse alerts. */
export const staffEmailCategories = ["STAFF", "ALERTS"] as const satisfies readonly EmailCategory[];

export type OptionalEmailCategory = (typeof customerEmailCategories)[number] | (typeof staffEmailCategories)[number];

/** The categories a role chooses among; SECURITY and ACCOUNT are never among them: they are always sent. */
export function optionalEmailCategories(role: Role): readonly OptionalEmailCategory[] {
  return role === "CUSTOMER" ? customerEmailCategories : staffEmailCategories;
}

export type EmailPreferences = { role: Role; emailCategories: EmailCategory[] };

const offeredTo = (role: Role, category: EmailCategory): category is OptionalEmailCategory =>
  (optionalEmailCategories(role) as readonly EmailCategory[]).includes(category);

/** The categories a user chose among those their role is offered (what their preferences show). */
export function chosenEmailCategories(user: EmailPreferences): OptionalEmailCategory[] {
  return user.emailCategories.filter((category) => offeredTo(user.role, category));
}

/**
 * Whether a user receives a message of `category`: always, unless it is one their role chooses and
 * they turned it off. A customer's choices gate REQUESTS, TICKETS and INCIDENTS; staff's STAFF and ALERTS.
 */
export function receives(user: EmailPreferences, category: EmailCategory): boolean {
  return !offeredTo(user.role, category) || user.emailCategories.includes(category);
}
