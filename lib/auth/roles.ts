/** Roles as plain strings so client code can use them without the Prisma client. */
export const roles = ["CUSTOMER", "SELLER", "SUPPORT", "ADMIN"] as const;
export type Role = (typeof roles)[number];

/** Whoever acts on a service: the signed-in user, reduced to what decisions need. */
export type Actor = { id: string; role: Role };

export function isStaff(role: Role): boolean {
  return role !== "CUSTOMER";
}
