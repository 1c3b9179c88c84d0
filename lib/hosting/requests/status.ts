import type { Role } from "../../auth/roles";
import type { requestStatuses } from "./schemas";

export type RequestStatus = (typeof requestStatuses)[number];

/** The happy path of a request, in order, as the timeline shows it. */
export const requestPath: readonly RequestStatus[] = ["SUBMITTED", "IN_REVIEW", "QUOTED", "APPROVED", "PROVISIONING", "ACTIVE"];

const staffTransitions: Record<RequestStatus, readonly RequestStatus[]> = {
  SUBMITTED: ["IN_REVIEW", "REJECTED", "CANCELLED"],
  IN_REVIEW: ["QUOTED", "REJECTED", "CANCELLED"],
  QUOTED: ["APPROVED", "REJECTED", "CANCELLED"],
  APPROVED: ["PROVISIONING", "CANCELLED"],
  PROVISIONING: ["ACTIVE"],
  ACTIVE: [],
  REJECTED: [],
  CANCELLED: [],
};

/** A customer may cancel their own request while it is pending: submitted or in review. */
export const pendingStatuses: readonly RequestStatus[] = ["SUBMITTED", "IN_REVIEW"];

/** The statuses a role may move a request to from `from`. */
export function nextStatuses(role: Role, from: RequestStatus): readonly RequestStatus[] {
  if (role === "CUSTOMER") return pendingStatuses.includes(from) ? ["CANCELLED"] : [];
  if (role === "SELLER" || role === "ADMIN") return staffTransitions[from];
  return [];
}
