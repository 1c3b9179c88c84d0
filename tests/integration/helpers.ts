import { NextRequest } from "next/server.js";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { actAs } from "./fake-session";
import type { EmailKind, HostingRequestStatus } from "@/lib/generated/prisma/enums";
import type { PlanInput } from "@/lib/hosting/plans/schemas";
import { hostingRequestSchema, type HostingRequestInput } from "@/lib/hosting/requests/schemas";
import { plans } from "@/prisma/seed/plans";

let counter = 0;

/**
 * Each password's hash, made once per test file and at a low cost: scrypt at the app's cost takes
 * tens of milliseconds of CPU on purpose, to make and to check, and suites create hundreds of users
 * and sign them in. Users with the same password then share a salt, which no test depends on.
 */
const testHashCost = 1024;
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password, testHashCost)));
  return hash;
};

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
      passwordHash: await hashOnce(password),
    },
  });
  return { ...user, password };
}

/** A user made by `createUser`, with their password. */
export type TestUser = Awaited<ReturnType<typeof createUser>>;

export type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next would, as whoever the test's session names. */
export function callRoute(handler: RouteHandler, url: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  return handler(new NextRequest(`http://localhost${url}`, init as never), { params: Promise.resolve(params) });
}

/** Calls a route handler as `user` (null: nobody signed in), then signs out again. */
export async function callRouteAs(
  handler: RouteHandler,
  user: TestUser | null,
  url: string,
  init: RequestInit = {},
  params: Record<string, string> = {},
) {
  actAs(user);
  try {
    return await callRoute(handler, url, init, params);
  } finally {
    actAs(null);
  }
}

/** Whether an event stream is still open after reading it for `ms`, or has closed. */
export async function streamState(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<"open" | "closed"> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const result = await Promise.race([reader.read(), new Promise<"wait">((r) => setTimeout(() => r("wait"), deadline - Date.now()))]);
    if (result === "wait") return "open";
    if (result.done) return "closed";
  }
  return "open";
}

/** A request with a JSON body (none when `body` is left out). */
export const jsonInit = (method: string, body?: unknown): RequestInit =>
  body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };

/** The secret of the link in the newest message of a kind sent to an address. */
export async function linkSentTo(email: string, kind: EmailKind): Promise<string> {
  const message = await db.emailMessage.findFirstOrThrow({ where: { to: email, kind }, orderBy: { createdAt: "desc" } });
  return message.text.match(/token=([A-Za-z0-9_-]+)/)![1];
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

/** A valid hosting plan, with a fresh name and slug unless given. */
export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  counter += 1;
  return {
    name: `Plan ${counter}`,
    slug: `plan-${counter}`,
    tagline: { fr: "Pour tester", en: "For testing" },
    features: [{ fr: "1 site web", en: "1 website" }],
    isCustom: false,
    active: true,
    highlighted: false,
    monthlyPriceCents: 999,
    yearlyDiscountPercent: 10,
    cpuIncluded: 1,
    cpuMin: 1,
    cpuMax: 4,
    cpuUnitCents: 400,
    ramIncludedGb: 2,
    ramMinGb: 2,
    ramMaxGb: 8,
    ramUnitCents: 200,
    storageIncludedGb: 20,
    storageMinGb: 20,
    storageMaxGb: 200,
    storageUnitCents: 5,
    sslIncluded: true,
    sslCents: 0,
    backupIncluded: false,
    backupCents: 300,
    cdnIncluded: false,
    cdnCents: 500,
    bandwidthGb: 500,
    websites: null,
    ...overrides,
  };
}

let storedRequests = 0;

/** A hosting request stored as is (no service, no lead made): a customer's request in a given state, for the figures that count them. */
export async function storedRequest(customerId: string, status: HostingRequestStatus, yearlyCents: number, leadId: string | null = null) {
  storedRequests += 1;
  return db.hostingRequest.create({
    data: {
      reference: `HR-TEST-${storedRequests}`,
      customerId,
      planId: plans[0].id,
      leadId,
      status,
      billingCycle: "YEARLY",
      cpuCores: 1,
      ramGb: 2,
      storageGb: 20,
      domainOption: "REGISTER",
      domainName: `site${storedRequests}.example`,
      contactName: "Contact",
      contactEmail: "contact@example.test",
      monthlyCents: Math.round(yearlyCents / 12),
      yearlyCents,
      vatCents: 0,
      totalCents: yearlyCents,
    },
  });
}
