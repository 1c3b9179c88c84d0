import { Role } from "../generated/prisma/enums.ts";
import type { Permission } from "./permissions";

/** Roles from the schema's browser-safe enum, so client code can use them without the Prisma client. */
export const roles = Object.values(Role);
export { Role };

/**
 * Whoever acts on a service: the signed-in user, reduced to what decisions need. A call made with an
 * API token carries the token's `scopes`, which narrow the role (see `can`).
 */
export type Actor = { id: string; role: Role; scopes?: readonly Permission[] };
