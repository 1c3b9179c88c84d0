import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { hostingRequestSchema, type HostingRequestInput } from "@/lib/hosting/requests/schemas";

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

/** A valid hosting request form, with a fresh idempotency key unless one is given. */
export function hostingRequestInput(overrides: Partial<Record<keyof HostingRequestInput, unknown>> = {}): HostingRequestInput {
  counter += 1;
  return hostingRequestSchema.parse({
    planSlug: "pro",
    contactName: "Jeanne Test",
    contactEmail: "jeanne@example.test",
    cpuCores: 4,
    ramGb: 8,
    storageGb: 100,
    domainOption: "REGISTER",
    domainName: "jeanne-test.fr",
    ssl: true,
    backup: true,
    cdn: false,
    billingCycle: "YEARLY",
    idempotencyKey: `request-${counter}-${Date.now()}`,
    ...overrides,
  });
}
