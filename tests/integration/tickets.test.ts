import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getLead } from "@/lib/crm/leads/queries";
import { db } from "@/lib/db";
import { channels } from "@/lib/realtime/channels";
import { AppError } from "@/lib/errors";
import { hostingRequestSchema } from "@/lib/hosting/requests/schemas";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { addComment } from "@/lib/tickets/add-comment";
import { getTicket, listTickets, listSlaPolicies } from "@/lib/tickets/queries";
import { commentCreateSchema, slaPoliciesSchema, ticketCreateSchema, ticketListQuery } from "@/lib/tickets/schemas";
import { slaView } from "@/lib/tickets/sla";
import { updateSlaPolicies } from "@/lib/tickets/update-sla-policies";
import { sweepSlaBreaches } from "@/lib/tickets/sweep-sla-breaches";
import { createTicket } from "@/lib/tickets/create-ticket";
import { updateTicket } from "@/lib/tickets/update-ticket";
import { seed } from "@/prisma/seed/index";
import { createUser } from "./helpers";

const HOUR = 3_600_000;
const open = (input: Record<string, unknown>) => ticketCreateSchema.parse(input);
const comment = (input: Record<string, unknown>) => commentCreateSchema.parse(input);
const list = (query: Record<string, unknown> = {}) => ticketListQuery.parse(query);

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

async function notificationsOf(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { type: true, title: true, link: true } });
}

let admin: Awaited<ReturnType<typeof createUser>>;
let support: Awaited<ReturnType<typeof createUser>>;
let seller: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await seed(db);
  admin = await createUser("ADMIN");
  support = await createUser("SUPPORT");
  seller = await createUser("SELLER");
});

describe("a ticket's life: lead → ticket → resolution", () => {
  it("links the customer's request and lead, runs the first-response then the resolution clock, and tells each side", async () => {
    const customer = await createUser("CUSTOMER");
    const request = await submitHostingRequest(
      customer,
      hostingRequestSchema.parse({
        planSlug: "pro",
        contactName: "Nina Test",
        contactEmail: "nina@example.test",
        cpuCores: 4,
        ramGb: 8,
        storageGb: 100,
        domainOption: "REGISTER",
        domainName: "nina-test.fr",
        ssl: true,
        backup: false,
        cdn: false,
        billingCycle: "MONTHLY",
        idempotencyKey: `ticket-life-${Date.now()}`,
      }),
    );
    const { leadId } = await db.hostingRequest.findUniqueOrThrow({ where: { id: request.id }, select: { leadId: true } });

    // Support opens the ticket on the customer's behalf, about that request.
    const ticket = await createTicket(
      support,
      open({
        subject: "Site inaccessible",
        description: "Erreur 502 depuis ce matin.",
        priority: "HIGH",
        customerId: customer.id,
        hostingRequestId: request.id,
      }),
    );
    expect(ticket).toMatchObject({
      customerId: customer.id,
      hostingRequestId: request.id,
      leadId,
      status: "OPEN",
      createdById: support.id,
    });
    // HIGH: 4 h to answer, 24 h to resolve (the seeded table).
    expect(ticket.firstResponseDueAt!.getTime() - ticket.createdAt.getTime()).toBe(4 * HOUR);
    expect(ticket.resolutionDueAt!.getTime() - ticket.createdAt.getTime()).toBe(24 * HOUR);
    expect(ticket.slaDueAt).toEqual(ticket.firstResponseDueAt);
    expect(await notificationsOf(customer.id)).toContainEqual(
      expect.objectContaining({ type: "TICKET_CREATED", link: `/hosting/tickets/${ticket.id}` }),
    );
    expect((await getLead(seller, leadId!)).tickets.map((t) => t.id)).toContain(ticket.id);
    const leadEntry = await db.cRMActivity.findFirst({ where: { leadId: leadId!, meta: { path: ["ticketId"], equals: ticket.id } } });
    expect(leadEntry?.subject).toMatch(/^TK-\d{6} · Site inaccessible$/);

    // Support takes it and answers publicly: the clock moves to the resolution deadline.
    await updateTicket(support, ticket.id, { assigneeId: support.id, status: "IN_PROGRESS" });
    const reply = await addComment(support, ticket.id, comment({ body: "Nous redémarrons le serveur." }));
    expect(reply.ticket.status).toBe("IN_PROGRESS");
    let stored = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.firstRespondedAt).not.toBeNull();
    expect(stored.slaDueAt).toEqual(stored.resolutionDueAt);
    expect(await notificationsOf(customer.id)).toContainEqual(expect.objectContaining({ type: "TICKET_REPLY" }));

    // Support asks a question and waits: the clock stops; the customer's answer starts it again.
    await addComment(support, ticket.id, comment({ body: "Quel est le nom de domaine exact ?", status: "WAITING_CUSTOMER" }));
    stored = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored).toMatchObject({ status: "WAITING_CUSTOMER", slaDueAt: null });
    expect(stored.pausedAt).not.toBeNull();
    const answer = await addComment(customer, ticket.id, comment({ body: "nina-test.fr" }));
    expect(answer.ticket.status).toBe("IN_PROGRESS");
    expect(await notificationsOf(support.id)).toContainEqual(
      expect.objectContaining({ type: "TICKET_REPLY", link: `/crm/tickets/${ticket.id}` }),
    );

    // Resolved on time: the customer hears of it and sees the status.
    await updateTicket(support, ticket.id, { status: "RESOLVED" });
    stored = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.resolvedAt).not.toBeNull();
    expect(stored).toMatchObject({ status: "RESOLVED", slaDueAt: null, pausedAt: null, slaBreachedAt: null });
    expect(slaView(stored, new Date()).state).toBe("met");
    expect((await getTicket(customer, ticket.id)).status).toBe("RESOLVED");
    expect((await notificationsOf(customer.id)).filter((n) => n.type === "TICKET_STATUS").length).toBeGreaterThanOrEqual(1);
    const audit = await db.auditLog.findMany({ where: { entity: "CRMTicket", entityId: ticket.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["ticket.create", "ticket.update", "ticket.reply"]));

    // A reply to a resolved ticket reopens it; a closed ticket takes no more customer replies.
    expect((await addComment(customer, ticket.id, comment({ body: "Le problème est revenu." }))).ticket.status).toBe("OPEN");
    await updateTicket(support, ticket.id, { status: "CLOSED" });
    await expectAppError(addComment(customer, ticket.id, comment({ body: "Encore moi." })), "CONFLICT");
  });

  it("lets a customer open a ticket for themselves only, about their own requests", async () => {
    const customer = await createUser("CUSTOMER");
    const other = await createUser("CUSTOMER");
    const ticket = await createTicket(customer, open({ subject: "Question de facture", description: "Bonjour", customerId: other.id }));
    expect(ticket.customerId).toBe(customer.id);
    const othersRequest = await db.hostingRequest.findFirstOrThrow({ where: { customerId: { not: customer.id } }, select: { id: true } });
    await expectAppError(
      createTicket(customer, open({ subject: "Lien interdit", description: "x", hostingRequestId: othersRequest.id })),
      "VALIDATION",
    );
    await expectAppError(createTicket(customer, open({ subject: "Assignation", description: "x", assigneeId: support.id })), "FORBIDDEN");
    // Staff must say for whom, and only for a customer.
    await expectAppError(createTicket(support, open({ subject: "Pour qui ?", description: "x" })), "VALIDATION");
    await expectAppError(createTicket(support, open({ subject: "Pour qui ?", description: "x", customerId: seller.id })), "VALIDATION");
    expect(await db.cRMTicket.count({ where: { subject: { in: ["Lien interdit", "Assignation", "Pour qui ?"] } } })).toBe(0);
  });
});

describe("internal notes never reach a customer", () => {
  it("keeps notes out of the customer's ticket, refuses notes from customers and tells staff", async () => {
    const customer = await createUser("CUSTOMER");
    const agent = await createUser("SUPPORT");
    const ticket = await createTicket(customer, open({ subject: "Certificat expiré", description: "Le cadenas est rouge." }));
    await updateTicket(admin, ticket.id, { assigneeId: agent.id });
    const before = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });

    const note = await addComment(support, ticket.id, comment({ body: "Client déjà relancé deux fois.", internal: true }));
    await addComment(agent, ticket.id, comment({ body: "Le certificat est renouvelé." }));

    const seen = await getTicket(customer, ticket.id);
    expect(seen.comments.map((c) => c.body)).toEqual(["Le certificat est renouvelé."]);
    expect(JSON.stringify(seen)).not.toContain("relancé");
    expect(seen).not.toHaveProperty("lead");
    const staffView = await getTicket(agent, ticket.id);
    expect(staffView.comments.map((c) => [c.body, c.internal])).toEqual([
      ["Client déjà relancé deux fois.", true],
      ["Le certificat est renouvelé.", false],
    ]);

    // The note alone did not touch the ticket (its update time is something a customer sees).
    const afterNote = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.note", entityId: ticket.id } });
    expect(afterNote.after).toMatchObject({ commentId: note.id, internal: true });
    expect(before.updatedAt.getTime()).toBeLessThanOrEqual(afterNote.createdAt.getTime());
    expect(await notificationsOf(agent.id)).toContainEqual(expect.objectContaining({ type: "TICKET_INTERNAL_NOTE" }));
    expect((await notificationsOf(customer.id)).map((n) => n.type)).not.toContain("TICKET_INTERNAL_NOTE");

    // Realtime: the note is announced on the staff channel only, by id; the channels a customer may join never name it.
    const events = await db.realtimeEvent.findMany({
      where: { channel: { in: [channels.ticket(ticket.id), channels.user(customer.id), channels.staff] } },
      orderBy: { id: "asc" },
      select: { channel: true, event: true, data: true },
    });
    const customerSide = events.filter((e) => e.channel !== channels.staff);
    expect(customerSide.map((e) => e.event)).toEqual(expect.arrayContaining(["ticket.comment", "ticket.updated"]));
    expect(JSON.stringify(customerSide)).not.toContain(note.id);
    expect(JSON.stringify(events)).not.toContain("relancé");
    expect(events.filter((e) => e.channel === channels.staff && e.event === "ticket.comment").map((e) => e.data)).toContainEqual({
      ticketId: ticket.id,
      commentId: note.id,
      internal: true,
    });

    await expectAppError(addComment(customer, ticket.id, comment({ body: "Je veux écrire en interne", internal: true })), "FORBIDDEN");
    await expectAppError(addComment(customer, ticket.id, comment({ body: "Et fermer", status: "CLOSED" })), "FORBIDDEN");
    expect(await db.ticketComment.count({ where: { ticketId: ticket.id } })).toBe(2);
  });

  it("hides other customers' tickets from a customer: lists, details and replies", async () => {
    const alice = await createUser("CUSTOMER");
    const bob = await createUser("CUSTOMER");
    const bobs = await createTicket(bob, open({ subject: "Ticket de Bob", description: "Privé" }));
    await createTicket(alice, open({ subject: "Ticket d'Alice", description: "Le mien" }));

    const alicesList = await listTickets(alice, list());
    expect(alicesList.items.map((t) => t.subject)).toEqual(["Ticket d'Alice"]);
    expect(alicesList.total).toBe(1);
    expect((await listTickets(alice, list({ customer: bob.id }))).total).toBe(0);
    await expectAppError(getTicket(alice, bobs.id), "NOT_FOUND");
    await expectAppError(addComment(alice, bobs.id, comment({ body: "Coucou" })), "NOT_FOUND");
    await expectAppError(updateTicket(alice, bobs.id, { status: "CLOSED" }), "FORBIDDEN");
    expect((await getTicket(support, bobs.id)).subject).toBe("Ticket de Bob");
  });
});

describe("the staff queue's filters", () => {
  it("filters by status, priority, assignee, customer, search and SLA state, and pages", async () => {
    const customer = await createUser("CUSTOMER");
    const agent = await createUser("SUPPORT");
    const urgent = await createTicket(
      agent,
      open({ subject: "Panne totale filtre", description: "x", priority: "URGENT", customerId: customer.id, assigneeId: agent.id }),
    );
    const low = await createTicket(
      agent,
      open({ subject: "Question DNS filtre", description: "x", priority: "LOW", customerId: customer.id }),
    );
    await updateTicket(agent, low.id, { status: "WAITING_CUSTOMER" });
    // The urgent one is two hours old: its first-response deadline (1 h) has passed.
    await db.cRMTicket.update({
      where: { id: urgent.id },
      data: {
        createdAt: new Date(Date.now() - 2 * HOUR),
        firstResponseDueAt: new Date(Date.now() - HOUR),
        slaDueAt: new Date(Date.now() - HOUR),
      },
    });

    const subjects = async (query: Record<string, unknown>) =>
      (await listTickets(agent, list({ customer: customer.id, ...query }))).items.map((t) => t.subject);
    expect(await subjects({})).toEqual(["Panne totale filtre", "Question DNS filtre"]);
    expect(await subjects({ priority: "URGENT,HIGH" })).toEqual(["Panne totale filtre"]);
    expect(await subjects({ status: "WAITING_CUSTOMER" })).toEqual(["Question DNS filtre"]);
    expect(await subjects({ assignee: "me" })).toEqual(["Panne totale filtre"]);
    expect(await subjects({ assignee: "none" })).toEqual(["Question DNS filtre"]);
    expect(await subjects({ sla: "breached" })).toEqual(["Panne totale filtre"]);
    expect(await subjects({ sla: "paused" })).toEqual(["Question DNS filtre"]);
    expect(await subjects({ sla: "on_track" })).toEqual([]);
    expect(await subjects({ q: "dns" })).toEqual(["Question DNS filtre"]);
    expect(await subjects({ q: `TK-${String(low.number).padStart(6, "0")}` })).toEqual(["Question DNS filtre"]);
    const page2 = await listTickets(agent, list({ customer: customer.id, pageSize: 1, page: 2 }));
    expect(page2).toMatchObject({ total: 2, page: 2 });
    expect(page2.items.map((t) => t.subject)).toEqual(["Question DNS filtre"]);
  });
});

describe("SLA", () => {
  it("takes the admin's table for new tickets and a new priority; refuses others and bad tables", async () => {
    const policies = await listSlaPolicies(admin);
    expect(policies.map((p) => p.priority)).toEqual(["URGENT", "HIGH", "NORMAL", "LOW"]);
    const changed = policies.map((p) => (p.priority === "NORMAL" ? { ...p, firstResponseMinutes: 120, resolutionMinutes: 600 } : p));
    await updateSlaPolicies(admin, slaPoliciesSchema.parse({ policies: changed }));
    await expectAppError(updateSlaPolicies(seller, slaPoliciesSchema.parse({ policies: changed })), "FORBIDDEN");
    const backwards = changed.map((p) => (p.priority === "LOW" ? { ...p, resolutionMinutes: p.firstResponseMinutes } : p));
    expect(slaPoliciesSchema.safeParse({ policies: backwards }).success).toBe(false);

    const customer = await createUser("CUSTOMER");
    const ticket = await createTicket(customer, open({ subject: "Nouvelle cible", description: "x" }));
    expect(ticket.firstResponseDueAt!.getTime() - ticket.createdAt.getTime()).toBe(2 * HOUR);
    const urgent = await updateTicket(support, ticket.id, { priority: "URGENT" });
    expect(urgent.firstResponseDueAt!.getTime() - urgent.createdAt.getTime()).toBe(HOUR);
    expect(urgent.resolutionDueAt!.getTime() - urgent.createdAt.getTime()).toBe(8 * HOUR);
    await updateSlaPolicies(admin, slaPoliciesSchema.parse({ policies }));
  });

  it("stops the clock while waiting for the customer and pushes the deadlines by the wait", async () => {
    const customer = await createUser("CUSTOMER");
    const ticket = await createTicket(customer, open({ subject: "Pause", description: "x", priority: "NORMAL" }));
    await addComment(support, ticket.id, comment({ body: "Une capture d'écran ?", status: "WAITING_CUSTOMER" }));
    const waiting = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    // Three hours of waiting, as if the question had been asked then.
    const pausedAt = new Date(waiting.pausedAt!.getTime() - 3 * HOUR);
    await db.cRMTicket.update({ where: { id: ticket.id }, data: { pausedAt } });
    // A sweep far past the deadline records nothing while the clock is stopped.
    await sweepSlaBreaches(new Date(Date.now() + 100 * HOUR));
    expect(await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      slaBreachedAt: null,
    });

    await addComment(customer, ticket.id, comment({ body: "Voici la capture." }));
    const resumed = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(resumed.status).toBe("OPEN");
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.pausedMs).toBeGreaterThanOrEqual(3 * HOUR);
    expect(resumed.resolutionDueAt!.getTime() - waiting.resolutionDueAt!.getTime()).toBe(resumed.pausedMs);
    expect(resumed.slaDueAt).toEqual(resumed.resolutionDueAt);
  });

  it("records a breach once, tells the assignee, and counts it as missed when resolved", async () => {
    const customer = await createUser("CUSTOMER");
    const agent = await createUser("SUPPORT");
    const ticket = await createTicket(
      agent,
      open({ subject: "Urgence", description: "x", priority: "URGENT", customerId: customer.id, assigneeId: agent.id }),
    );
    const later = new Date(ticket.createdAt.getTime() + 2 * HOUR);

    // Two instances sweeping at once: one records it.
    const runs = await Promise.all([sweepSlaBreaches(later), sweepSlaBreaches(later)]);
    expect(runs.reduce((sum, r) => sum + r.breached, 0)).toBeGreaterThanOrEqual(1);
    const breached = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(breached.firstResponseBreachedAt).toEqual(ticket.firstResponseDueAt);
    expect(breached.slaBreachedAt).toEqual(ticket.firstResponseDueAt);
    expect((await notificationsOf(agent.id)).filter((n) => n.type === "SLA_BREACH")).toHaveLength(1);
    await sweepSlaBreaches(later);
    expect((await notificationsOf(agent.id)).filter((n) => n.type === "SLA_BREACH")).toHaveLength(1);
    expect((await listTickets(agent, list({ customer: customer.id, sla: "breached" }))).total).toBe(0);

    // After the first reply the resolution deadline is the next one that can breach.
    await addComment(agent, ticket.id, comment({ body: "On regarde." }));
    expect((await sweepSlaBreaches(new Date(ticket.createdAt.getTime() + 9 * HOUR))).breached).toBeGreaterThanOrEqual(1);
    expect((await notificationsOf(agent.id)).filter((n) => n.type === "SLA_BREACH")).toHaveLength(2);
    const resolved = await updateTicket(agent, ticket.id, { status: "RESOLVED" });
    expect(slaView(resolved, new Date()).state).toBe("missed");
    expect((await listTickets(agent, list({ customer: customer.id, sla: "missed" }))).total).toBe(1);
  });
});

describe("a realtime outage", () => {
  const keys = ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "PUSHER_HOST", "PUSHER_PORT", "PUSHER_USE_TLS"] as const;
  let saved: Record<string, string | undefined>;
  beforeAll(() => {
    saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    vi.resetModules();
  });

  it("does not fail the ticket's writes: they commit, the failure is logged", async () => {
    // The app configured for a Pusher server that is not there.
    Object.assign(process.env, {
      PUSHER_APP_ID: "down",
      PUSHER_KEY: "down-key",
      PUSHER_SECRET: "down-secret",
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: "1",
      PUSHER_USE_TLS: "false",
    });
    vi.resetModules();
    const { logger } = await import("@/lib/logger");
    const logged = vi.spyOn(logger, "error");
    const tickets = { ...(await import("@/lib/tickets/create-ticket")), ...(await import("@/lib/tickets/update-ticket")) };
    const comments = await import("@/lib/tickets/add-comment");
    const customer = await createUser("CUSTOMER");

    const ticket = await tickets.createTicket(customer, open({ subject: "Pendant la panne", description: "x" }));
    const reply = await comments.addComment(support, ticket.id, comment({ body: "Réponse pendant la panne" }));
    await tickets.updateTicket(support, ticket.id, { status: "RESOLVED" });

    const stored = await db.cRMTicket.findUniqueOrThrow({ where: { id: ticket.id }, include: { comments: true } });
    expect(stored.status).toBe("RESOLVED");
    expect(stored.comments.map((c) => c.id)).toEqual([reply.id]);
    expect(await notificationsOf(customer.id)).toContainEqual(expect.objectContaining({ type: "TICKET_REPLY" }));
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ transport: "pusher" }), expect.stringMatching(/publish failed/));
  });
});
