import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

let counter = 0;

/** A user with a known password, unique per call. */
export async function createUser(role: Role = "CUSTOMER", overrides: { email?: string; password?: string; disabled?: boolean } = {}) {
  counter += 1;
  const password = overrides.password ?? "correct-horse-42";
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `user${counter}-${Date.now()}@example.test`,
      name: `Test ${role.toLowerCase()} ${counter}`,
      role,
      disabled: overrides.disabled ?? false,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
