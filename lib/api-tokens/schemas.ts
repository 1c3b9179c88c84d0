import { z } from "zod";
import { permissions, type Permission } from "../auth/permissions";
import { pageOf, pagination } from "../list-query";
import { tokenStatuses } from "./statuses";

/** Messages are translation keys under `validation.*`; the UI translates them. */

/** How long a new token lives: a number of days, or until a chosen date (a year at most). */
export const tokenExpiries = ["7", "30", "90", "365", "date"] as const;
const dayMs = 24 * 60 * 60 * 1000;
const maxDays = 365;

/** A day as `YYYY-MM-DD`, in UTC. */
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

const scope = z.enum(permissions as [Permission, ...Permission[]]);

/** A new token: its name, its lifetime and what it may do (each scope one permission of the owner's role). */
export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(80, "tooLong"),
    expiry: z.enum(tokenExpiries),
    /** The last day the token works, when `expiry` is `date`. */
    expiresOn: z.string().trim().max(10, "invalidDate").optional(),
    scopes: z
      .array(scope)
      .min(1, "scopesRequired")
      .max(permissions.length)
      .transform((list) => [...new Set(list)]),
  })
  .superRefine((value, context) => {
    if (value.expiry !== "date") return;
    const day = value.expiresOn ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || dayOf(Date.parse(day)) !== day) {
      context.addIssue({ code: "custom", path: ["expiresOn"], message: "invalidDate" });
      return;
    }
    const now = Date.now();
    if (day < dayOf(now) || day > dayOf(now + maxDays * dayMs)) {
      context.addIssue({ code: "custom", path: ["expiresOn"], message: "expiryRange" });
    }
  });
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

/** When a token created at `now` expires: `days` later, or at the end (UTC) of the chosen day. */
export function expiresAtOf(input: Pick<CreateTokenInput, "expiry" | "expiresOn">, now: Date): Date {
  if (input.expiry === "date") return new Date(`${input.expiresOn}T23:59:59.999Z`);
  return new Date(now.getTime() + Number(input.expiry) * dayMs);
}

/** The admins' list of every token: its owner (name or email contains `q`), its status, the page. */
export const tokenListQuery = z.object({
  q: z.string().trim().max(100, "tooLong").optional(),
  status: z.enum(tokenStatuses).optional().catch(undefined),
  ...pagination(25),
});
export type TokenListQuery = z.infer<typeof tokenListQuery>;

export const tokenIdParams = z.object({ id: z.string().trim().min(1, "required").max(40, "tooLong") });

/** A personal API token as shown: never its secret nor its hash. */
export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().meta({ description: "The first characters of the secret, to recognise it", example: "orb_3kF9" }),
  scopes: z.array(z.string()).meta({ description: "The permissions the token may use, within its owner's role" }),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  lastUsedIp: z.string().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  status: z.enum(tokenStatuses),
});

export const ownTokenListResponse = z.object({ items: z.array(tokenSchema) });

/** A new token with its secret, answered this once. */
export const createdTokenSchema = tokenSchema.extend({
  token: z.string().meta({ description: "The secret: send it as `Authorization: Bearer …`; it is never shown again" }),
});

/** A revoked token, with its owner's id. */
export const revokedTokenSchema = tokenSchema.extend({ userId: z.string() });

/** Every user's tokens (admin), each with its owner. */
export const tokenListResponse = pageOf(tokenSchema.extend({ user: z.object({ id: z.string(), name: z.string(), email: z.string() }) }));
