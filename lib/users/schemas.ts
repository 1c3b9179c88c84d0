import { z } from "zod";
import { locales } from "@/i18n/locales";
import { emailSchema } from "../auth/schemas";
import { roles } from "../auth/roles";
import { searchText } from "../input";
import { listOf, pagination } from "../list-query";
import { userStatuses } from "./statuses";

/** An account's id as the app makes them (cuid), or nothing that could be one. */
export const userIdParams = z.object({ id: z.string().min(1).max(64) });

/** What an admin may change of someone's access: the role, and whether the account is disabled. */
export const userAccessSchema = z
  .object({
    role: z.enum(roles).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((value) => value.role !== undefined || value.disabled !== undefined, { message: "nothingToChange", path: ["role"] });
export type UserAccessInput = z.infer<typeof userAccessSchema>;

/** The server action's input: which account, and the change. */
export const userAccessActionSchema = z.object({ id: userIdParams.shape.id, changes: userAccessSchema });

/** The users list's search, role and status filters and page, as its URL and the API carry them. */
export const userListQuery = z.object({
  q: searchText.optional().transform((v) => (v ? v : undefined)),
  role: listOf(roles),
  status: listOf(userStatuses),
  ...pagination(25),
});
export type UserListQuery = z.infer<typeof userListQuery>;

/** The roles an admin invites: the team. Customers register themselves. */
export const staffRoles = ["SELLER", "SUPPORT", "ADMIN"] as const;

/** An invitation: who, with which role, and the language of the email and of the account. */
export const inviteUserSchema = z.object({
  name: z.string().trim().min(2, "nameTooShort").max(120, "tooLong"),
  email: emailSchema,
  role: z.enum(staffRoles, "required"),
  locale: z.enum(locales, "required"),
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

const role = z.enum(roles);
const status = z.enum(userStatuses);

/** One row of the users list, as the API answers it (times as ISO 8601 UTC). */
export const userListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  role,
  status,
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const userListResponse = z.object({
  items: z.array(userListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** An account as an admin sees it: its profile, access, sessions, invitation and, for a customer, their business. */
export const userDetailSchema = userListItemSchema.extend({
  phone: z.string().nullable(),
  locale: z.string(),
  emailVerifiedAt: z.iso.datetime().nullable(),
  invitedAt: z.iso.datetime().nullable(),
  openSessions: z.number().int(),
  invitation: z
    .object({
      sentAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      expired: z.boolean(),
      invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
  customer: z
    .object({
      requests: z.number().int(),
      tickets: z.number().int(),
      leads: z.array(z.object({ id: z.string(), name: z.string() })),
    })
    .nullable(),
});

/** What an invitation, or an invitation sent again, answers. */
export const invitationSentSchema = z.object({ id: z.string(), email: z.string(), expiresAt: z.iso.datetime() });

/** What revoking an invitation answers: the account was deleted, or (when something holds on to it) disabled. */
export const invitationRevokedSchema = z.object({ id: z.string(), outcome: z.enum(["deleted", "disabled"]) });

/** What sending a reset link answers. */
export const passwordResetSentSchema = z.object({ id: z.string(), email: z.string(), expiresAt: z.iso.datetime() });

/** What a change of access answers: the account's access after it. */
export const userAccessResponse = z.object({ id: z.string(), email: z.string(), name: z.string(), role, disabled: z.boolean() });
