import { z } from "zod";

export const requestStatuses = ["SUBMITTED", "IN_REVIEW", "QUOTED", "APPROVED", "PROVISIONING", "ACTIVE", "REJECTED", "CANCELLED"] as const;

/** Filters and pagination of the request lists, shared by pages and the API. */
export const requestListQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type RequestListQuery = z.infer<typeof requestListQuery>;
