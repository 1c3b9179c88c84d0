import { z } from "zod";
import { searchText } from "../input";
import { HostingRequestStatus, LeadStage, Role } from "../generated/prisma/enums.ts";
import { listOf, pageOf, pagination } from "../list-query";
import { slaFilterStates, ticketPriorities, ticketStatuses } from "./sla";

const id = z.string().trim().min(1).max(40);
const optionalId = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((v) => v || undefined);

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

const instant = z.iso.datetime();
const status = z.enum(ticketStatuses);
const priority = z.enum(ticketPriorities);
const person = z.object({ id: z.string(), name: z.string() });

/** The SLA figure shown for a ticket at the time of the answer. */
const slaViewSchema = z.object({
  state: z.enum(slaFilterStates),
  phase: z.enum(["firstResponse", "resolution"]).nullable().meta({ description: "The deadline the figure is about; null once done" }),
  dueAt: instant.nullable(),
  remainingMs: z.number().nullable().meta({ description: "Time left (negative: overdue by); frozen while paused; null once done" }),
});

/** The SLA clock's columns, on every ticket that shows one. */
const clockShape = {
  status,
  createdAt: instant,
  firstRespondedAt: instant.nullable(),
  resolvedAt: instant.nullable(),
  pausedAt: instant.nullable().meta({ description: "When the ticket started waiting for the customer; the clock is paused meanwhile" }),
  pausedMs: z.number().int(),
  firstResponseDueAt: instant.nullable(),
  resolutionDueAt: instant.nullable(),
  slaBreachedAt: instant.nullable(),
};

/** What every ticket answer adds to its columns: `TK-001234` and the SLA figure. */
const presented = { reference: z.string().meta({ example: "TK-001234" }), sla: slaViewSchema };

const listItem = z.object({
  ...clockShape,
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  priority,
  updatedAt: instant,
  slaDueAt: instant.nullable(),
  customer: person.extend({ company: z.string().nullable() }),
  assignee: person.nullable(),
  ...presented,
});
export const ticketListResponse = pageOf(listItem);

/** A ticket as created or changed: its columns, reference and SLA figure. */
export const ticketSchema = z.object({
  ...clockShape,
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  description: z.string(),
  priority,
  customerId: z.string(),
  assigneeId: z.string().nullable(),
  createdById: z.string().nullable(),
  hostingRequestId: z.string().nullable(),
  leadId: z.string().nullable(),
  firstResponseBreachedAt: instant.nullable(),
  resolutionBreachedAt: instant.nullable(),
  slaDueAt: instant.nullable(),
  closedAt: instant.nullable(),
  updatedAt: instant,
  ...presented,
});

/** One ticket with its conversation (oldest first); a customer gets public replies only and no lead. */
export const ticketDetailSchema = listItem.extend({
  description: z.string(),
  firstResponseBreachedAt: instant.nullable(),
  resolutionBreachedAt: instant.nullable(),
  closedAt: instant.nullable(),
  customer: person.extend({ company: z.string().nullable(), email: z.string(), phone: z.string().nullable() }),
  createdBy: person.extend({ role: z.enum(Role) }).nullable(),
  hostingRequest: z
    .object({
      id: z.string(),
      reference: z.string(),
      status: z.enum(HostingRequestStatus),
      domainName: z.string(),
      plan: z.object({ name: z.string() }),
    })
    .nullable(),
  lead: person
    .extend({ company: z.string().nullable(), stage: z.enum(LeadStage) })
    .nullable()
    .optional()
    .meta({ description: "Staff only" }),
  comments: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      internal: z.boolean(),
      createdAt: instant,
      author: person.extend({ role: z.enum(Role) }),
    }),
  ),
});

/** A reply or internal note as written, with the ticket's status after it. */
export const commentSchema = z.object({
  id: z.string(),
  body: z.string(),
  internal: z.boolean(),
  createdAt: instant,
  authorId: z.string(),
  ticket: z.object({ id: z.string(), status }),
});

/** The SLA table, most urgent first; `updatedAt` is null for a priority still on its default targets. */
export const slaPolicyListResponse = z.array(
  z.object({ priority, firstResponseMinutes: z.number().int(), resolutionMinutes: z.number().int(), updatedAt: instant.nullable() }),
);

/** A customer's emailed reply as received: the reply made, or the one made from the same message before (`duplicate`). */
export const emailReplyReceivedSchema = z.object({ ticketId: z.string(), commentId: z.string(), duplicate: z.boolean() });
