import { z } from "zod";
import { EmailStatus } from "../generated/prisma/enums.ts";
import { pagination } from "../list-query";

export const emailStatuses = Object.values(EmailStatus);

/** The delivery log's page: a status filter and the page. */
export const emailListQuery = z.object({
  status: z.enum(emailStatuses).optional().catch(undefined),
  ...pagination(25),
});
export type EmailListQuery = z.infer<typeof emailListQuery>;

export const emailIdSchema = z.object({ id: z.string().trim().min(1, "required").max(40, "tooLong") });
