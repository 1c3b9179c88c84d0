import { z } from "zod";
import { searchText } from "../input";
import { listOf, pagination } from "../list-query";
import { ticketPriorities, ticketStatuses } from "./sla";

const id = z.string().trim().min(1).max(40);
const optionalId = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((v) => v || undefined);

/** The SLA states a list can be filtered by: open tickets by their running clock, done ones by the outcome. */
export const slaFilterStates = ["on_track", "at_risk", "breached", "paused", "met", "missed"] as const;

export const ticketSortKeys = ["sla", "updatedAt", "createdAt", "priority", "number"] as const;

/** Filters, sort and pagination of a ticket list; the staff queue, the portal and the API share it. */
export const ticketListQuery = z.object({
  /** Subject, reference (TK-001234 or 1234) or the customer's name, company or email. */
  q: searchText.optional(),
  status: listOf(ticketStatuses),
  priority: listOf(ticketPriorities),
  /** A user id, `me`, or `none` for unassigned tickets. */
  assignee: z.string().trim().max(40).optional(),
  customer: z.string().trim().max(40).optional(),
  sla: z
    .enum(slaFilterStates)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  sort: z.enum(ticketSortKeys).default("sla"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  ...pagination(25),
});
export type TicketListQuery = z.infer<typeof ticketListQuery>;

const subject = z.string().trim().min(3, "tooShort").max(160, "tooLong");
const body = z.string().trim().min(1, "required").max(10_000, "tooLong");

export const ticketCreateSchema = z.object({
  subject,
  description: body,
  priority: z.enum(ticketPriorities).default("NORMAL"),
  /** Required when staff open a ticket on behalf of a customer; a customer's own id otherwise. */
  customerId: optionalId,
  hostingRequestId: optionalId,
  /** Staff only: the lead the ticket concerns. */
  leadId: optionalId,
  /** Staff only. */
  assigneeId: optionalId,
});
export type TicketCreate = z.output<typeof ticketCreateSchema>;

/** Staff changes to a ticket; absent fields stay, `assigneeId: null` unassigns. */
export const ticketUpdateSchema = z
  .object({
    status: z.enum(ticketStatuses),
    priority: z.enum(ticketPriorities),
    // An empty choice unassigns, like null.
    assigneeId: z
      .string()
      .trim()
      .max(40)
      .nullable()
      .transform((v) => v || null),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "nothingToChange" });
export type TicketUpdate = z.infer<typeof ticketUpdateSchema>;

export const commentCreateSchema = z.object({
  body,
  /** An internal note: staff only, never shown to the customer. */
  internal: z.boolean().default(false),
  /** Staff only: the status the ticket takes with this comment (e.g. waiting for the customer). */
  status: z.enum(ticketStatuses).optional(),
});
export type CommentCreate = z.output<typeof commentCreateSchema>;

const minutes = z.coerce
  .number()
  .int("integer")
  .min(5, "tooSmall")
  .max(90 * 24 * 60, "tooLarge");

/** The SLA table: one row per priority, resolution after first response. */
export const slaPoliciesSchema = z.object({
  policies: z
    .array(
      z
        .object({ priority: z.enum(ticketPriorities), firstResponseMinutes: minutes, resolutionMinutes: minutes })
        .refine((p) => p.resolutionMinutes > p.firstResponseMinutes, { message: "resolutionAfterResponse", path: ["resolutionMinutes"] }),
    )
    .length(ticketPriorities.length)
    .refine((rows) => new Set(rows.map((r) => r.priority)).size === rows.length, { message: "duplicatePriority" }),
});
export type SlaPoliciesInput = z.infer<typeof slaPoliciesSchema>;

export const ticketIdParams = z.object({ id });
