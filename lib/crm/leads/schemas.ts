import { z } from "zod";
import { INT4_MAX, calendarDay, instant, searchText } from "../../input";
import { ActivityType, HostingRequestStatus, TicketPriority, TicketStatus } from "../../generated/prisma/enums.ts";
import { listOf, pageOf, pagination } from "../../list-query";
import { leadSources, leadStages, loggableActivityTypes, openStages } from "../stages";

const day = z.preprocess((raw) => (raw === "" ? undefined : raw), calendarDay.optional());

export const leadSortKeys = ["createdAt", "updatedAt", "name", "company", "valueCents", "stage", "lastActivityAt"] as const;

/** Filters, sort and pagination of the leads list; the page, the CSV export and the API share it. */
export const leadListQuery = z.object({
  q: searchText.optional(),
  stage: listOf(leadStages),
  source: listOf(leadSources),
  /** A user id, or `none` for leads nobody owns. */
  assignee: z.string().trim().max(40).optional(),
  mine: z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()).default(false),
  createdFrom: day,
  createdTo: day,
  sort: z.enum(leadSortKeys).default("createdAt"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  ...pagination(25),
});
export type LeadListQuery = z.infer<typeof leadListQuery>;
export type LeadFilters = Omit<LeadListQuery, "sort" | "dir" | "page" | "pageSize">;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

export const leadFields = {
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("email"),
  company: optionalText(120),
  phone: z
    .string()
    .trim()
    .max(30, "tooLong")
    .regex(/^[+()0-9 .-]*$/, "phoneInvalid")
    .optional()
    .transform((v) => (v ? v : undefined)),
  source: z.enum(leadSources),
  valueCents: z.coerce.number({ error: "number" }).int("integer").min(0, "notNegative").max(INT4_MAX, "tooLarge"),
  assigneeId: z
    .string()
    .trim()
    .max(40)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  notes: optionalText(5000),
};

export const leadCreateSchema = z.object({
  ...leadFields,
  source: leadFields.source.default("OTHER"),
  valueCents: leadFields.valueCents.default(0),
  stage: z.enum(openStages).default("NEW"),
});
export type LeadCreate = z.output<typeof leadCreateSchema>;

/** In an update, an empty text or null clears the field; absent leaves it alone. */
const clearable = (field: z.ZodType<string | undefined>) =>
  z
    .union([field, z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

/** Every field optional; `stage` here may not be WON or LOST (those have their own steps). */
export const leadUpdateSchema = z
  .object({
    ...leadFields,
    company: clearable(z.string().trim().max(120, "tooLong")),
    phone: clearable(
      z
        .string()
        .trim()
        .max(30, "tooLong")
        .regex(/^[+()0-9 .-]*$/, "phoneInvalid"),
    ),
    notes: clearable(z.string().trim().max(5000, "tooLong")),
    stage: z.enum(openStages),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "nothingToChange" });
export type LeadUpdate = z.output<typeof leadUpdateSchema>;

/** Drop a lead into a column between two neighbours (ids as the mover sees them; either may be absent). */
export const leadMoveSchema = z.object({
  stage: z.enum(openStages),
  afterId: z.string().max(40).nullish(),
  beforeId: z.string().max(40).nullish(),
});
export type LeadMove = z.infer<typeof leadMoveSchema>;

export const leadWonSchema = z.object({
  /** Link this existing customer; without it the customer with the lead's email is linked, or an account is created. */
  customerId: z.string().max(40).optional(),
});
export type LeadWon = z.infer<typeof leadWonSchema>;

export const leadLostSchema = z.object({
  reason: z.string().trim().min(3, "reasonRequired").max(500, "tooLong"),
});
export type LeadLost = z.infer<typeof leadLostSchema>;

export const bulkAssignSchema = z.object({
  ids: z.array(z.string().min(1).max(40)).min(1, "required").max(500),
  assigneeId: z.string().max(40).nullable(),
});
export type BulkAssign = z.infer<typeof bulkAssignSchema>;

export const activityCreateSchema = z
  .object({
    type: z.enum(loggableActivityTypes),
    subject: z.string().trim().min(1, "required").max(200, "tooLong"),
    body: optionalText(5000),
    /** An empty date (a cleared date box) is no date. */
    dueAt: z.preprocess((v) => (v === "" ? undefined : v), instant.optional()),
  })
  .refine((a) => a.type !== "TASK" || a.dueAt !== undefined, { message: "dueDateRequired", path: ["dueAt"] });
export type ActivityCreate = z.output<typeof activityCreateSchema>;

export const activityListQuery = z.object({
  ...pagination(50),
});

const stage = z.enum(leadStages);
const person = z.object({ id: z.string(), name: z.string() });

/** A lead's own columns, as every answer about one carries them. Money is integer cents (EUR). */
const leadColumns = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  stage,
  source: z.enum(leadSources),
  valueCents: z.number().int(),
  position: z.number().meta({ description: "Order within its pipeline column" }),
  notes: z.string().nullable(),
  lostReason: z.string().nullable(),
  customerId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  wonAt: z.iso.datetime().nullable(),
  lostAt: z.iso.datetime().nullable(),
  lastActivityAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A lead as created or edited. */
export const leadSchema = leadColumns;

/** `customerUnverified`: the lead's customer account has not confirmed its email yet. */
const customerUnverified = z.boolean().meta({ description: "The lead's customer account has not confirmed its email yet" });

export const leadListResponse = pageOf(
  leadColumns.pick({ id: true, name: true, email: true, company: true, stage: true, source: true, valueCents: true }).extend({
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lastActivityAt: z.iso.datetime().nullable(),
    assignee: person.nullable(),
    customerUnverified,
  }),
);

/** One lead with its owner, customer account, latest hosting requests and tickets (20 each, newest first). */
export const leadDetailSchema = leadColumns.extend({
  assignee: person.extend({ email: z.string() }).nullable(),
  customer: person.extend({ email: z.string(), company: z.string().nullable(), emailVerifiedAt: z.iso.datetime().nullable() }).nullable(),
  requests: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      status: z.enum(HostingRequestStatus),
      totalCents: z.number().int(),
      yearlyCents: z.number().int(),
      createdAt: z.iso.datetime(),
      plan: z.object({ name: z.string() }),
    }),
  ),
  tickets: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      subject: z.string(),
      status: z.enum(TicketStatus),
      priority: z.enum(TicketPriority),
      createdAt: z.iso.datetime(),
    }),
  ),
  customerUnverified,
});

/** What deleting a lead answers. */
export const leadDeletedSchema = z.object({ id: z.string() });

/** An entry of a lead's timeline, with who wrote it (null for the system or a deleted account). */
export const activitySchema = z.object({
  id: z.string(),
  leadId: z.string(),
  userId: z.string().nullable(),
  type: z.enum(ActivityType),
  subject: z.string(),
  body: z.string().nullable(),
  dueAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  meta: z
    .record(z.string(), z.unknown())
    .nullable()
    .meta({ description: "Details of an automatic entry, e.g. { from, to } of a stage change" }),
  createdAt: z.iso.datetime(),
  user: person.nullable(),
});
export const activityListResponse = pageOf(activitySchema);
