import { z } from "zod";
import { roles } from "../auth/roles";

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
