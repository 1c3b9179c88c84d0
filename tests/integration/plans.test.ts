import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { planInputSchema, type PlanInput } from "@/lib/hosting/plans/schemas";
import { createPlan } from "@/lib/hosting/plans/create-plan";
import { deletePlan } from "@/lib/hosting/plans/delete-plan";
import { getPlan, listActivePlans, listPlansForAdmin } from "@/lib/hosting/plans/queries";
import { reorderPlans } from "@/lib/hosting/plans/reorder-plans";
import { setPlanActive } from "@/lib/hosting/plans/set-plan-active";
import { updatePlan } from "@/lib/hosting/plans/update-plan";
import { NextRequest } from "next/server.js";
import * as planRoutes from "@/app/api/hosting/plans/route";
import * as planIdRoutes from "@/app/api/hosting/plans/[id]/route";
import { createUser, planInput } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** What adapters do: validate with the shared schema, then call the service. */
function validated(value: unknown): PlanInput {
  const result = planInputSchema.safeParse(value);
  if (!result.success) throw new AppError("VALIDATION", "Invalid body.");
  return result.data;
}

const audits = (entityId: string, action: string) => db.auditLog.findMany({ where: { entity: "HostingPlan", entityId, action } });

let admin: Actor;
const others: Record<Exclude<Role, "ADMIN">, Actor> = {} as never;

beforeAll(async () => {
  admin = await createUser("ADMIN");
  for (const role of ["CUSTOMER", "SELLER", "SUPPORT"] as const) others[role] = await createUser(role);
});

async function hostingRequestFor(planId: string) {
  const customer = await createUser("CUSTOMER");
  return db.hostingRequest.create({
    data: {
      reference: `REQ-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      customerId: customer.id,
      planId,
      cpuCores: 1,
      ramGb: 2,
      storageGb: 20,
      domainOption: "REGISTER",
      domainName: "example.test",
      contactName: "Test",
      contactEmail: customer.email,
      monthlyCents: 999,
      yearlyCents: 10789,
      vatCents: 200,
      totalCents: 1199,
    },
  });
}

describe("who may write plans", () => {
  it.each(["CUSTOMER", "SELLER", "SUPPORT"] as const)("refuses every write to %s and changes nothing", async (role) => {
    const actor = others[role];
    const plan = await createPlan(admin, planInput());
    const plansBefore = await db.hostingPlan.count();
    const auditsBefore = await db.auditLog.count();
    const attempts = [
      createPlan(actor, planInput()),
      updatePlan(actor, plan.id, planInput({ name: "Hacked" })),
      setPlanActive(actor, plan.id, false),
      reorderPlans(actor, [plan.id]),
      deletePlan(actor, plan.id),
      listPlansForAdmin(actor),
    ];
    for (const attempt of attempts) expect((await failure(attempt)).code).toBe("FORBIDDEN");
    expect(await db.hostingPlan.count()).toBe(plansBefore);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect(await db.hostingPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ name: plan.name, active: true });
  });

  it("lets an admin create, update, toggle and delete, each with an audit row holding before and after", async () => {
    const plan = await createPlan(admin, planInput({ name: "Starter Plus", monthlyPriceCents: 599 }));
    const [created] = await audits(plan.id, "plan.create");
    expect(created.actorId).toBe(admin.id);
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ name: "Starter Plus", monthlyPriceCents: 599 });

    const updated = await updatePlan(admin, plan.id, planInput({ name: "Starter Plus", slug: plan.slug, monthlyPriceCents: 1999 }));
    expect(updated.monthlyPriceCents).toBe(1999);
    const [update] = await audits(plan.id, "plan.update");
    expect(update.before).toMatchObject({ monthlyPriceCents: 599 });
    expect(update.after).toMatchObject({ monthlyPriceCents: 1999 });

    await setPlanActive(admin, plan.id, false);
    const [deactivate] = await audits(plan.id, "plan.deactivate");
    expect(deactivate.before).toEqual({ active: true });
    expect(deactivate.after).toEqual({ active: false });

    await deletePlan(admin, plan.id);
    expect(await db.hostingPlan.findUnique({ where: { id: plan.id } })).toBeNull();
    const [deleted] = await audits(plan.id, "plan.delete");
    expect(deleted.before).toMatchObject({ name: "Starter Plus" });
    expect(deleted.after).toBeNull();
  });

  it("answers NOT_FOUND for an unknown plan", async () => {
    expect((await failure(updatePlan(admin, "nope", planInput()))).code).toBe("NOT_FOUND");
    expect((await failure(setPlanActive(admin, "nope", true))).code).toBe("NOT_FOUND");
    expect((await failure(deletePlan(admin, "nope"))).code).toBe("NOT_FOUND");
    expect((await failure(getPlan(null, "nope"))).code).toBe("NOT_FOUND");
  });
});

describe("validation", () => {
  it("refuses invalid input before anything is written", async () => {
    const plan = await createPlan(admin, planInput());
    const plansBefore = await db.hostingPlan.count();
    const auditsBefore = await db.auditLog.count();
    const attempt = async () => updatePlan(admin, plan.id, validated({ ...planInput(), slug: "Not A Slug", cpuIncluded: 99 }));
    expect((await failure(attempt())).code).toBe("VALIDATION");
    expect((await failure((async () => createPlan(admin, validated({ ...planInput(), features: [] })))())).code).toBe("VALIDATION");
    expect(await db.hostingPlan.count()).toBe(plansBefore);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect((await db.hostingPlan.findUniqueOrThrow({ where: { id: plan.id } })).slug).toBe(plan.slug);
  });

  it("refuses a slug another plan uses, on the slug field, and changes nothing", async () => {
    const first = await createPlan(admin, planInput());
    const second = await createPlan(admin, planInput());
    const auditsBefore = await db.auditLog.count();
    const onCreate = await failure(createPlan(admin, planInput({ slug: first.slug })));
    expect(onCreate.code).toBe("CONFLICT");
    expect(onCreate.fields).toEqual({ slug: ["slugTaken"] });
    const onUpdate = await failure(updatePlan(admin, second.id, planInput({ slug: first.slug })));
    expect(onUpdate.code).toBe("CONFLICT");
    expect(onUpdate.fields).toEqual({ slug: ["slugTaken"] });
    expect((await db.hostingPlan.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe(second.slug);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    // Keeping its own slug is fine.
    await expect(updatePlan(admin, second.id, planInput({ slug: second.slug }))).resolves.toMatchObject({ slug: second.slug });
  });
});

describe("deletePlan", () => {
  it("refuses to delete a plan a hosting request uses, says to deactivate it, and changes nothing", async () => {
    const plan = await createPlan(admin, planInput());
    await hostingRequestFor(plan.id);
    const auditsBefore = await db.auditLog.count();
    const error = await failure(deletePlan(admin, plan.id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/deactivate it instead/);
    expect(error.meta).toMatchObject({ reason: "planInUse", requests: 1 });
    expect(await db.hostingPlan.findUnique({ where: { id: plan.id } })).not.toBeNull();
    expect(await db.auditLog.count()).toBe(auditsBefore);
  });
});

describe("reorderPlans", () => {
  it("persists the new order, which the pricing page and the editor follow", async () => {
    const current = (await listPlansForAdmin(admin)).map((p) => p.id);
    const reversed = [...current].reverse();
    await reorderPlans(admin, reversed);
    expect((await listPlansForAdmin(admin)).map((p) => p.id)).toEqual(reversed);
    const activeIds = new Set((await db.hostingPlan.findMany({ where: { active: true } })).map((p) => p.id));
    expect((await listActivePlans()).map((p) => p.id)).toEqual(reversed.filter((id) => activeIds.has(id)));
    const [audit] = await db.auditLog.findMany({ where: { action: "plan.reorder" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(audit.before).toEqual(current);
    expect(audit.after).toEqual(reversed);
  });

  it("refuses a list that leaves out a plan or names an unknown one", async () => {
    const ids = (await listPlansForAdmin(admin)).map((p) => p.id);
    expect((await failure(reorderPlans(admin, ids.slice(1)))).code).toBe("VALIDATION");
    expect((await failure(reorderPlans(admin, [...ids.slice(1), "nope"]))).code).toBe("NOT_FOUND");
    expect((await listPlansForAdmin(admin)).map((p) => p.id)).toEqual(ids);
  });

  it("puts a new plan last", async () => {
    const plan = await createPlan(admin, planInput());
    const all = await listPlansForAdmin(admin);
    expect(all.at(-1)?.id).toBe(plan.id);
  });
});

describe("listActivePlans", () => {
  it("hides inactive plans, which admins still see", async () => {
    const plan = await createPlan(admin, planInput({ active: true }));
    expect((await listActivePlans()).map((p) => p.id)).toContain(plan.id);
    await setPlanActive(admin, plan.id, false);
    expect((await listActivePlans()).map((p) => p.id)).not.toContain(plan.id);
    expect((await listPlansForAdmin(admin)).map((p) => p.id)).toContain(plan.id);
    expect((await failure(getPlan(others.CUSTOMER, plan.id))).code).toBe("NOT_FOUND");
    await expect(getPlan(admin, plan.id)).resolves.toMatchObject({ id: plan.id, active: false });
  });
});

describe("REST API", () => {
  const call = async (
    handler: (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
    method: string,
    body?: unknown,
    id?: string,
  ) => {
    const url = `http://localhost/api/hosting/plans${id ? `/${id}` : ""}`;
    const request = new NextRequest(url, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });
    const params: Record<string, string> = id ? { id } : {};
    const response = await handler(request, { params: Promise.resolve(params) });
    return { status: response.status, body: response.status === 204 ? null : await response.json() };
  };
  const signIn = (actor: { id: string; role: Role; name?: string; email?: string } | null) => {
    session.user = actor ? { id: actor.id, role: actor.role, name: actor.name ?? "", email: actor.email ?? "" } : null;
  };

  it("lists active plans to anyone", async () => {
    signIn(null);
    const { status, body } = await call(planRoutes.GET, "GET");
    expect(status).toBe(200);
    expect(body.plans.length).toBeGreaterThan(0);
    expect(body.plans.every((p: { active: boolean }) => p.active)).toBe(true);
  });

  it("answers 401 to anonymous and 403 to non-admin writers, in the error shape", async () => {
    signIn(null);
    expect(await call(planRoutes.POST, "POST", planInput())).toEqual({
      status: 401,
      body: { error: { code: "UNAUTHORIZED", message: expect.any(String) } },
    });
    signIn(others.SELLER);
    expect((await call(planRoutes.POST, "POST", planInput())).status).toBe(403);
    expect((await call(planIdRoutes.DELETE, "DELETE", undefined, "whatever")).body.error.code).toBe("FORBIDDEN");
  });

  it("creates (201), validates (422 with fields), updates, refuses conflicts (409) and deletes (204) for an admin", async () => {
    signIn(admin);
    const created = await call(planRoutes.POST, "POST", planInput({ slug: "api-plan" }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const invalid = await call(planIdRoutes.PUT, "PUT", { ...planInput(), slug: "Bad Slug", cpuIncluded: 99 }, id);
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields).toMatchObject({ slug: ["slugFormat"], cpuIncluded: ["rangeOrder"] });

    const updated = await call(planIdRoutes.PUT, "PUT", planInput({ slug: "api-plan", monthlyPriceCents: 2500 }), id);
    expect(updated.status).toBe(200);
    expect(updated.body.monthlyPriceCents).toBe(2500);

    const taken = await call(planRoutes.POST, "POST", planInput({ slug: "api-plan" }));
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ slug: ["slugTaken"] });

    await hostingRequestFor(id);
    const inUse = await call(planIdRoutes.DELETE, "DELETE", undefined, id);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(/deactivate it instead/);

    const other = await call(planRoutes.POST, "POST", planInput());
    expect(await call(planIdRoutes.DELETE, "DELETE", undefined, other.body.id)).toEqual({ status: 204, body: null });
    expect((await call(planIdRoutes.DELETE, "DELETE", undefined, other.body.id)).status).toBe(404);
  });
});
