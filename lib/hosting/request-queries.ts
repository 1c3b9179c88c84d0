import { z } from "zod";
import { pagination } from "../list-query";
import { HostingRequestStatus } from "../generated/prisma/enums.ts";

export const requestStatuses = Object.values(HostingRequestStatus);

/** Filters and pagination of the request lists, shared by pages and the API. */
export const requestListQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  ...pagination(20),
});
export type RequestListQuery = z.infer<typeof requestListQuery>;
