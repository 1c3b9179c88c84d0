import { z } from "zod";
import { locales } from "@/i18n/locales";
import { Role } from "../generated/prisma/enums.ts";
import { loginSchema, newPasswordSchema, registerSchema } from "../auth/schemas";
import { customerEmailCategories, staffEmailCategories } from "../mail/preferences";
import { notificationSchema } from "../notifications/schemas";
import { realtimeClientConfigSchema } from "../realtime/schemas";

/** Messages are translation keys under `validation.*`; the UI translates them. */

/** What a person says about themselves: the same rules as at registration. */
export const profileSchema = z.object({
  name: registerSchema.shape.name,
  company: registerSchema.shape.company,
  phone: z
    .string()
    .trim()
    .max(30, "tooLong")
    .regex(/^[+()0-9 .-]*$/, "phoneInvalid")
    .optional(),
  locale: z.enum(locales),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** PATCH /api/me: any of the profile's fields, at least one. */
export const profilePatchSchema = profileSchema.partial().refine((value) => Object.values(value).some((v) => v !== undefined), {
  message: "required",
});

const optionalCategories = [...customerEmailCategories, ...staffEmailCategories];

/**
 * The optional mail the user receives: the categories ticked among those their role chooses (the
 * service refuses the others). An empty list turns them all off; SECURITY and ACCOUNT always go.
 */
export const emailPreferencesSchema = z.object({
  emailCategories: z
    .array(z.enum(optionalCategories))
    .max(optionalCategories.length * 2, "tooLong")
    .transform((list) => optionalCategories.filter((category) => list.includes(category))),
});

/** A new password, typed twice, allowed only with the current one. */
export const passwordChangeSchema = z
  .object({
    currentPassword: loginSchema.shape.password,
    password: newPasswordSchema,
    confirm: z.string().max(200, "tooLong"),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "passwordsDiffer" });
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/** A session as the account's list names it (not the id its token carries). */
export const sessionIdSchema = z.string().trim().min(1).max(40);
export const sessionIdParams = z.object({ id: sessionIdSchema });

/** The signed-in account as `/api/me` answers it: profile, role, optional emails chosen, and what the role may do. */
export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.enum(locales),
  role: z.enum(Role),
  emailCategories: z.array(z.enum(optionalCategories)),
  permissions: z
    .record(z.string(), z.enum(["all", "own"]))
    .meta({ description: "Each permission the caller holds, with its scope", example: { "tickets:read": "own", "tickets:create": "own" } }),
});

/** The optional emails the account now receives. */
export const emailPreferencesResponse = z.object({ emailCategories: z.array(z.enum(optionalCategories)) });

/** How many of the account's sessions a change ended. */
export const sessionsEndedSchema = z.object({ endedSessions: z.number().int() });

/** The account's open sessions (at most 50, this one first, then the most recently used). */
export const sessionListResponse = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      createdAt: z.iso.datetime(),
      lastSeenAt: z.iso.datetime(),
      ip: z.string().nullable(),
      browser: z.string().nullable(),
      os: z.string().nullable(),
      current: z.boolean().meta({ description: "The session making this request" }),
    }),
  ),
  total: z.number().int(),
});

/** What the public pages' header shows of the visitor (`GET /api/me/header`): `user` is null when signed out. */
export const viewerHeaderResponse = z.union([
  z.object({ user: z.null() }),
  z.object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(Role) }),
    nav: z.array(
      z.object({
        href: z.string(),
        label: z.string().describe("a translation key under nav.*"),
        match: z.string(),
        alerts: z.number().int().optional().describe("firing alerts, on LivePulse's entry for those who read it"),
      }),
    ),
    unread: z.number().int(),
    notifications: z.array(notificationSchema),
    now: z.iso.datetime(),
    realtime: realtimeClientConfigSchema,
  }),
]);
