import { pageOf, pagination } from "../../list-query";
import { HostingRequestStatus, Role } from "../../generated/prisma/enums.ts";
import { z } from "zod";
import { emailSchema } from "../../auth/schemas";
import { BILLING_CYCLES } from "../pricing";

export const requestStatuses = Object.values(HostingRequestStatus);

/** A registrable domain name: labels of letters, digits and hyphens, a TLD of letters. */
export const domainNamePattern = /^(?=.{4,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/;

/** An optional text field: empty means absent. */
const blank = z.literal("").transform(() => undefined);
const optionalText = (max: number) => blank.or(z.string().trim().max(max, "tooLong")).optional();

/**
 * The hosting request form's input, shared by the form and the server.
 * Messages are keys of the `validation` namespace. Prices are never taken
 * from the client: the server recomputes them.
 */
export const hostingRequestSchema = z.object({
  planSlug: z.string().min(1, "required").max(60),
  contactName: z.string().trim().min(2, "nameTooShort").max(120, "tooLong"),
  contactEmail: emailSchema,
  contactPhone: blank
    .or(
      z
        .string()
        .trim()
        .max(30, "tooLong")
        .regex(/^\+?[0-9 .()-]{6,}$/, "phoneInvalid"),
    )
    .optional(),
  companyName: optionalText(160),
  cpuCores: z.coerce.number<number>().int("wholeNumber").min(1, "outOfRange").max(512, "outOfRange"),
  ramGb: z.coerce.number<number>().int("wholeNumber").min(1, "outOfRange").max(4096, "outOfRange"),
  storageGb: z.coerce.number<number>().int("wholeNumber").min(1, "outOfRange").max(100_000, "outOfRange"),
  domainOption: z.enum(["REGISTER", "TRANSFER", "EXISTING"], "required"),
  domainName: z.string().trim().toLowerCase().min(1, "required").regex(domainNamePattern, "domainInvalid"),
  ssl: z.boolean(),
  backup: z.boolean(),
  cdn: z.boolean(),
  billingCycle: z.enum(BILLING_CYCLES),
  notes: optionalText(2000),
  /** Generated once per form: a retried or double submission creates nothing twice. */
  idempotencyKey: z.string().trim().min(8).max(100),
  /** The form session of the analytics events, when the form sent them. */
  formSessionId: z.string().max(100).optional(),
});

export type HostingRequestInput = z.infer<typeof hostingRequestSchema>;

/** Which form section each field belongs to, so errors show where they occur. */
export const requestSections = {
  customer: ["contactName", "contactEmail", "contactPhone", "companyName"],
  resources: ["planSlug", "cpuCores", "ramGb", "storageGb"],
  domain: ["domainOption", "domainName"],
  options: ["ssl", "backup", "cdn", "billingCycle", "notes"],
} as const satisfies Record<string, ReadonlyArray<keyof HostingRequestInput>>;

/** A request moved along its timeline, with a comment that joins it. */
export const requestStatusChangeSchema = z.object({
  status: z.enum(requestStatuses),
  comment: z.string().trim().max(2000, "tooLong").optional(),
});
export type RequestStatusChange = z.infer<typeof requestStatusChangeSchema>;

const phone = z
  .string()
  .trim()
  .max(30, "tooLong")
  .regex(/^(?:\+?[0-9 .()-]{6,})?$/, "phoneInvalid");

/**
 * An edit of a request's configuration: any of the form's fields but the submission's own (the
 * idempotency key, the analytics session). An optional text sent empty (or null) is cleared.
 */
export const requestEditSchema = z
  .object({
    ...hostingRequestSchema.omit({ idempotencyKey: true, formSessionId: true, contactPhone: true, companyName: true, notes: true }).shape,
    contactPhone: phone.nullable(),
    companyName: z.string().trim().max(160, "tooLong").nullable(),
    notes: z.string().trim().max(2000, "tooLong").nullable(),
  })
  .partial();
export type RequestEdit = z.infer<typeof requestEditSchema>;
export const requestEditFields = Object.keys(requestEditSchema.shape) as Array<keyof RequestEdit>;

/**
 * What `PUT /api/hosting/requests/{id}` takes: a status change (`status`, with an optional
 * `comment`), or an edit of the configuration (some of `requestEditFields`), never both at once.
 */
export const requestUpdateSchema = z
  .object({ ...requestStatusChangeSchema.partial().shape, ...requestEditSchema.shape })
  .superRefine((body, ctx) => {
    const edited = requestEditFields.some((field) => body[field] !== undefined);
    if (body.status !== undefined && edited) ctx.addIssue({ code: "custom", path: ["status"], message: "statusOrConfiguration" });
    if (body.status === undefined && !edited) ctx.addIssue({ code: "custom", path: ["status"], message: "required" });
    if (body.status === undefined && body.comment !== undefined)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "statusOrConfiguration" });
  });

/** Filters and pagination of the request lists, shared by pages and the API. */
export const requestListQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  ...pagination(20),
});
export type RequestListQuery = z.infer<typeof requestListQuery>;

const requestStatus = z.enum(requestStatuses);
const planRef = z.object({ name: z.string(), slug: z.string() });

/** A request in a list: what identifies it, its status and its price. */
export const requestListItemSchema = z.object({
  id: z.string(),
  reference: z.string().meta({ example: "HR-2026-000042" }),
  status: requestStatus,
  domainName: z.string(),
  billingCycle: z.enum(BILLING_CYCLES),
  monthlyCents: z.number().int(),
  yearlyCents: z.number().int(),
  totalCents: z.number().int(),
  createdAt: z.iso.datetime(),
  plan: planRef,
  customer: z.object({ id: z.string(), name: z.string(), company: z.string().nullable() }),
});
export const requestListResponse = pageOf(requestListItemSchema);

/** One request with its configuration, prices (cents, EUR), customer and timeline (oldest first). */
export const requestDetailSchema = z.object({
  id: z.string(),
  reference: z.string(),
  customerId: z.string(),
  planId: z.string(),
  leadId: z.string().nullable(),
  status: requestStatus,
  billingCycle: z.enum(BILLING_CYCLES),
  cpuCores: z.number().int(),
  ramGb: z.number().int(),
  storageGb: z.number().int(),
  ssl: z.boolean(),
  backup: z.boolean(),
  cdn: z.boolean(),
  domainOption: hostingRequestSchema.shape.domainOption,
  domainName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  companyName: z.string().nullable(),
  notes: z.string().nullable(),
  monthlyCents: z.number().int(),
  yearlyCents: z.number().int(),
  vatCents: z.number().int(),
  totalCents: z.number().int(),
  idempotencyKey: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  plan: planRef,
  customer: z.object({ id: z.string(), name: z.string(), email: z.string(), company: z.string().nullable() }),
  changes: z.array(
    z.object({
      id: z.string(),
      requestId: z.string(),
      fromStatus: requestStatus.nullable(),
      toStatus: requestStatus,
      comment: z.string().nullable(),
      edits: z
        .record(z.string(), z.tuple([z.unknown(), z.unknown()]))
        .nullable()
        .meta({ description: "An edit of the configuration: each changed field's [before, after]" }),
      actorId: z.string().nullable(),
      createdAt: z.iso.datetime(),
      actor: z.object({ name: z.string(), role: z.enum(Role) }).nullable(),
    }),
  ),
});

/** A submitted request; `duplicate` when the idempotency key had already made it (then answered 200). */
export const requestSubmittedSchema = z.object({ id: z.string(), reference: z.string(), duplicate: z.boolean() });

/** What a status change answers: the request's id and new status. */
export const requestStatusChangedSchema = z.object({ id: z.string(), status: requestStatus });

/** `PUT /api/hosting/requests/{id}`: a status change answers the new status, an edit the whole request. */
export const requestUpdateResponse = z.union([requestStatusChangedSchema, requestDetailSchema]);
