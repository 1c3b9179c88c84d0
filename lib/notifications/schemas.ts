import { z } from "zod";
import { NotificationType } from "../generated/prisma/enums.ts";
import { pageOf, pagination } from "../list-query";

/** `?unread=1` (or `true`) keeps the unread ones; anything else, or nothing, lists them all. */
const flag = z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()).default(false);

/** The notifications list, shared by the page (through its URL) and `GET /api/notifications`. */
export const notificationListQuery = z.object({
  unread: flag,
  ...pagination(20, 50),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

/** Ids of notifications to mark read; ids that are not the caller's are ignored by the service. */
const notificationIds = z
  .array(z.string({ error: "invalid" }).trim().min(1, "invalid").max(40, "invalid"), { error: "invalid" })
  .min(1, "required")
  .max(100, "tooLarge");

/**
 * What to mark read: `{ ids: [...] }` or `{ all: true }`, exactly one of them. The output is a
 * discriminated union, so the service never sees both.
 */
export const markReadSchema = z
  .object({ ids: notificationIds.optional(), all: z.literal(true, { error: "invalid" }).optional() }, { error: "invalid" })
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), { message: "idsOrAll", path: ["ids"] })
  .transform((v): MarkRead => (v.all ? { all: true } : { ids: [...new Set(v.ids)] }));
export type MarkRead = { ids: string[] } | { all: true };

/** A notification as its recipient sees it. */
export const notificationSchema = z.object({
  id: z.string(),
  type: z.enum(NotificationType),
  title: z.string().meta({ description: "Facts (reference, subject), shown after the translated label of `type`" }),
  body: z.string().nullable().meta({ description: "Extra detail; for REQUEST_STATUS, the request's new status" }),
  link: z.string().nullable().meta({ description: "The page it is about, a path of this site", example: "/crm/tickets/cm4x0k2ab0001" }),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const notificationListResponse = pageOf(notificationSchema).extend({
  unread: z.number().int().meta({ description: "The caller's unread notifications, all pages" }),
});

/** How many notifications the call marked read, and how many stay unread. */
export const markReadResponse = z.object({ count: z.number().int(), unread: z.number().int() });
