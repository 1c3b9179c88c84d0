import { z } from "zod";
import { Role } from "../generated/prisma/enums.ts";
import { calendarDay } from "../input";
import { isTimeZone } from "../time-zone";
import { decodeCursor } from "./cursor";
import { auditActions, auditEntities, auditEntityTypes } from "./entities";

/** An empty box in the URL (`?entity=`) is no filter. */
const blankIsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((raw) => (raw === "" ? undefined : raw), schema.optional());

const idText = z
  .string()
  .trim()
  .max(40, "tooLong")
  .regex(/^[A-Za-z0-9_-]+$/, "invalidId");

const filterFields = {
  /** A user's id, or `system` for what no user did (jobs, failed sign-ins of unknown emails). */
  actor: blankIsAbsent(idText),
  entity: blankIsAbsent(z.enum(auditEntityTypes, "invalidEntity")),
  entityId: blankIsAbsent(idText),
  action: blankIsAbsent(z.enum(auditActions as unknown as [string, ...string[]], "invalidAction")),
  /** First and last calendar day of the period, both included, in `tz`. */
  from: blankIsAbsent(calendarDay),
  to: blankIsAbsent(calendarDay),
  /** The time zone the days are in (UTC unless said; the page sends the reader's). */
  tz: blankIsAbsent(z.string().max(64).refine(isTimeZone, "invalidTimeZone")),
};

type FilterShape = { [K in keyof typeof filterFields]?: z.output<(typeof filterFields)[K]> };

/** What no single field can tell: a period that ends before it starts, an action of another record type. */
function checkTogether(filters: FilterShape, ctx: z.RefinementCtx) {
  if (filters.from && filters.to && filters.from > filters.to) ctx.addIssue({ code: "custom", message: "periodReversed", path: ["to"] });
  if (filters.entity && filters.action && !(auditEntities[filters.entity].actions as readonly string[]).includes(filters.action)) {
    ctx.addIssue({ code: "custom", message: "actionNotOfEntity", path: ["action"] });
  }
}

/** The audit log's filters; the page, the CSV export and the API share them. */
export const auditFilters = z.object(filterFields).superRefine(checkTogether);
export type AuditFilters = z.output<typeof auditFilters>;

const cursor = z
  .string()
  .trim()
  .max(60, "invalidCursor")
  .refine((value) => decodeCursor(value) !== null, "invalidCursor");

/** The filters, and where the page starts: after the `older` cursor (back in time) or before the `newer` one. */
export const auditListQuery = z
  .object({
    ...filterFields,
    older: blankIsAbsent(cursor),
    newer: blankIsAbsent(cursor),
    pageSize: blankIsAbsent(z.coerce.number().int().min(1).max(100)).transform((size) => size ?? 50),
  })
  .superRefine((query, ctx) => {
    checkTogether(query, ctx);
    if (query.older && query.newer) ctx.addIssue({ code: "custom", message: "oneCursor", path: ["newer"] });
  });
export type AuditListQuery = z.output<typeof auditListQuery>;

/** The URL parameters the filters live in (a link, the CSV export, the API take the same). */
export const auditFilterKeys = Object.keys(filterFields) as Array<keyof typeof filterFields>;

/** A row of the audit log: what changed, by whom (null: the system or a deleted account), before and after. */
export const auditEntrySchema = z.object({
  id: z.string(),
  action: z.string().meta({ example: "lead.update" }),
  entity: z.string().meta({ example: "CRMLead" }),
  entityId: z.string(),
  before: z.unknown().meta({ description: "The record before the change (JSON); null for a creation" }),
  after: z.unknown().meta({ description: "The record after the change (JSON); null for a deletion" }),
  createdAt: z.iso.datetime(),
  actorId: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(Role) }).nullable(),
});

/** One keyset page of the log: pass `older` (or `newer`) back as the query's cursor to move on. */
export const auditPageResponse = z.object({
  items: z.array(auditEntrySchema),
  newer: z.string().nullable().meta({ description: "Cursor of the page before (newer rows); null on the first page" }),
  older: z.string().nullable().meta({ description: "Cursor of the page after (older rows); null on the last page" }),
});
