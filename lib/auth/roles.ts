import { Role } from "../generated/prisma/enums.ts";

/** Roles from the schema's browser-safe enum, so client code can use them without the Prisma client. */
export const roles = Object.values(Role);
export { Role };

/** Whoever acts on a service: the signed-in user, reduced to what decisions need. */
export type Actor = { id: string; role: Role };
