import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateEmailPreferences } from "@/lib/account-settings/update-email-preferences";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { changeRequestStatus } from "@/lib/hosting/requests/change-request-status";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { createAlertChannel } from "@/lib/livepulse/channels/create-alert-channel";
import { deliverDueAlerts } from "@/lib/livepulse/channels/deliver-alerts";
import { alertChannelSchema } from "@/lib/livepulse/channels/schemas";
import { deliverDueEmails } from "@/lib/mail/deliver-emails";
import { smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { addComment } from "@/lib/tickets/add-comment";
import { createTicket } from "@/lib/tickets/create-ticket";
import { commentCreateSchema, ticketCreateSchema } from "@/lib/tickets/schemas";
import { sweepSlaBreaches } from "@/lib/tickets/sweep-sla-breaches";
import { seedReference } from "@/prisma/seed/reference";
import frHosting from "@/messages/fr/hosting.json";
import { createUser, hostingRequestInput } from "./helpers";
import { linkIn, startSmtpServer } from "./smtp";

const HOUR = 3_600_000;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: MailTransport;
let admin: Awaited<ReturnType<typeof createUser>>;
let support: Awaited<ReturnType<typeof createUser>>;
let seller: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  transport = smtpTransport(smtp.url, "Orbite <no-reply@orbite.test>");
  await seedReference(db);
  admin = await createUser("ADMIN");
  support = await createUser("SUPPORT");
  seller = await createUser("SELLER");
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.emailMessage.deleteMany();
  smtp.received.length = 0;
});

async function customer(locale: "fr" | "en") {
  const user = await createUser("CUSTOMER");
  return db.user.update({ where: { id: user.id }, data: { locale } });
}

const addressOf = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
/** Delivers the outbox to the test server, then what reached `email`. */
async function inbox(email: string): Promise<ParsedMail[]> {
  await deliverDueEmails({ transport });
  return smtp.received.filter((mail) => addressOf(mail) === email);
}
const kindsTo = async (userId: string) =>
  (await db.emailMessage.findMany({ where: { userId }, select: { kind: true } })).map((m) => m.kind);
const open = (input: Record<string, unknown>) => ticketCreateSchema.parse(input);

describe("hosting request emails", () => {
  it("tell the customer a request arrived, in their language, with its reference, price and a link to it", async () => {
    const french = await customer("fr");
    const english = await customer("en");
    const fr = await submitHostingRequest(french, hostingRequestInput());
    const en = await submitHostingRequest(english, hostingRequestInput());

    const [toFrench] = await inbox(french.email);
    const [toEnglish] = await inbox(english.email);
    expect(toFrench.subject).toBe(`Nous avons reçu votre demande d’hébergement ${fr.reference}`);
    expect(toEnglish.subject).toBe(`We received your hosting request ${en.reference}`);
    expect(linkIn(toEnglish.text!, `/hosting/requests/${en.id}`)).toBe(`${env.appUrl}/hosting/requests/${en.id}`);
    expect(toEnglish.html).toContain(`href="${env.appUrl}/hosting/requests/${en.id}"`);
    expect(toEnglish.text).toContain(`Hello ${english.name}`);
    expect(toEnglish.text).toContain("Pro");
    const request = await db.hostingRequest.findUniqueOrThrow({ where: { id: en.id } });
    expect(toEnglish.text).toContain(`€${(request.monthlyCents / 100).toFixed(2)}`);
    expect(toFrench.text).toContain(`Bonjour ${french.name}`);
    // A retried submission sends nothing twice.
    const first = await db.hostingRequest.findUniqueOrThrow({ where: { id: fr.id } });
    const again = await submitHostingRequest(french, hostingRequestInput({ idempotencyKey: first.idempotencyKey }));
    expect(again.duplicate).toBe(true);
    expect(await kindsTo(french.id)).toEqual(["REQUEST_RECEIVED"]);
  });

  it("tell the customer of a status someone else gave the request, translated, with the comment", async () => {
    const french = await customer("fr");
    const { id, reference } = await submitHostingRequest(french, hostingRequestInput());
    await db.emailMessage.deleteMany();
    await changeRequestStatus(seller, id, { status: "IN_REVIEW", comment: "Nous vérifions le domaine." });

    const [mail] = await inbox(french.email);
    expect(mail.subject).toBe(`Votre demande ${reference} est maintenant : ${frHosting.requestStatus.IN_REVIEW}`);
    expect(mail.text).toContain("Nous vérifions le domaine.");
    expect(linkIn(mail.text!, `/hosting/requests/${id}`)).toBe(`${env.appUrl}/hosting/requests/${id}`);

    // Their own cancellation is not news to them.
    await changeRequestStatus(french, id, { status: "CANCELLED" });
    expect(await kindsTo(french.id)).toEqual(["REQUEST_STATUS_CHANGED"]);
  });
});

describe("ticket emails", () => {
  it("tell support agents and the assignee of a new ticket, never customers, and carry no internal note", async () => {
    const client = await customer("en");
    const other = await createUser("SUPPORT");
    const away = await createUser("SUPPORT", { disabled: true });
    const ticket = await createTicket(client, open({ subject: "Site down", description: "The site answers 502.", priority: "HIGH" }));
    await addComment(support, ticket.id, commentCreateSchema.parse({ body: "INTERNAL-ONLY: their card expired", internal: true }));

    const [toSupport] = await inbox(support.email);
    expect(toSupport.subject).toMatch(/^Nouveau ticket TK-\d{6} de /);
    expect(linkIn(toSupport.text!, `/crm/tickets/${ticket.id}`)).toBe(`${env.appUrl}/crm/tickets/${ticket.id}`);
    expect(toSupport.text).toContain("Site down");
    expect(await inbox(other.email)).toHaveLength(1);
    expect(await inbox(away.email)).toHaveLength(0);
    expect(await inbox(client.email)).toHaveLength(0);
    expect(await inbox(seller.email)).toHaveLength(0);
    for (const mail of smtp.received) {
      expect(mail.text).not.toContain("INTERNAL-ONLY");
      expect(mail.html).not.toContain("INTERNAL-ONLY");
    }

    // Opened by staff for a customer with an assignee: the assignee hears of it too, the opener does not.
    smtp.received.length = 0;
    await db.emailMessage.deleteMany();
    await createTicket(admin, open({ subject: "Migration", description: "x", customerId: client.id, assigneeId: seller.id }));
    expect(await inbox(seller.email)).toHaveLength(1);
    expect(await inbox(admin.email)).toHaveLength(0);
    expect(await inbox(client.email)).toHaveLength(0);
  });

  it("tell the assignee when the SLA sweep records a breach", async () => {
    const client = await customer("fr");
    const ticket = await createTicket(admin, open({ subject: "Lenteur", description: "x", customerId: client.id, assigneeId: support.id }));
    await db.emailMessage.deleteMany();
    await sweepSlaBreaches(new Date(Date.now() + 100 * HOUR));

    const breaches = await db.emailMessage.findMany({ where: { kind: "SLA_BREACH", html: { contains: ticket.id } } });
    expect(breaches.map((m) => m.userId)).toEqual([support.id]);
    const [mail] = (await inbox(support.email)).filter((m) => m.text?.includes(`/crm/tickets/${ticket.id}`));
    expect(mail.subject).toMatch(/^SLA (breached on ticket|dépassé sur le ticket) TK-\d{6}$/);
  });
});

describe("alert emails", () => {
  it("go to the active users of the roles of the rule's EMAIL channel only", async () => {
    await db.alertRule.deleteMany();
    const check = await db.serviceCheck.create({ data: { name: "API", kind: "TCP", target: "127.0.0.1:9", lastStatus: "DOWN" } });
    const channel = await createAlertChannel(admin, alertChannelSchema.parse({ name: "Vente", kind: "EMAIL", emailRoles: ["SELLER"] }));
    const rule = await createAlertRule(
      admin,
      alertRuleSchema.parse({
        name: "API en panne",
        metric: "MONITOR_DOWN",
        comparator: "GTE",
        threshold: 1,
        windowMinutes: 1,
        channelIds: [channel.id],
      }),
    );
    expect(rule.channels).toEqual([{ id: channel.id }]);
    await evaluateAlerts();
    await deliverDueAlerts();

    const sent = await db.emailMessage.findMany({ where: { kind: "ALERT_FIRED" }, include: { user: { select: { role: true } } } });
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((m) => m.user?.role))).toEqual(new Set(["SELLER"]));
    const [mail] = await inbox(seller.email);
    expect(mail.subject).toMatch(/API en panne/);
    expect(await inbox(support.email)).toHaveLength(0);
    await db.serviceCheck.delete({ where: { id: check.id } });
    await db.alertChannel.delete({ where: { id: channel.id } });
  });

  it("keep support and admins as the default channel, which the rules' former email roles became", async () => {
    expect(await db.alertChannel.findUnique({ where: { id: "channel_staff_email" } })).toMatchObject({
      kind: "EMAIL",
      emailRoles: ["SUPPORT", "ADMIN"],
      nameKey: "staffEmail",
    });
  });
});

describe("email preferences", () => {
  it("an opted-out customer gets nothing of that category, and still gets security messages", async () => {
    const client = await customer("en");
    expect(await db.user.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      emailCategories: expect.arrayContaining(["REQUESTS", "TICKETS"]),
    });
    expect(await updateEmailPreferences(client, { emailCategories: ["TICKETS", "INCIDENTS"] })).toEqual({
      emailCategories: ["TICKETS", "INCIDENTS"],
    });
    expect(await db.auditLog.count({ where: { action: "user.email_preferences", entityId: client.id } })).toBe(1);

    const { id } = await submitHostingRequest(client, hostingRequestInput());
    await changeRequestStatus(seller, id, { status: "IN_REVIEW" });
    await requestPasswordReset({ email: client.email });
    expect(await kindsTo(client.id)).toEqual(["PASSWORD_RESET"]);
    const mails = await inbox(client.email);
    expect(mails.map((m) => m.subject)).toEqual(["Reset your Orbite password"]);
  });

  it("are offered by role: a customer cannot choose team notices, staff may turn them off", async () => {
    const client = await customer("fr");
    await expect(updateEmailPreferences(client, { emailCategories: ["STAFF"] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(updateEmailPreferences(support, { emailCategories: ["REQUESTS"] })).rejects.toMatchObject({ code: "VALIDATION" });

    const quiet = await createUser("SUPPORT");
    await updateEmailPreferences(quiet, { emailCategories: ["ALERTS"] });
    await createTicket(client, open({ subject: "Question", description: "x" }));
    expect(await kindsTo(quiet.id)).toEqual([]);
    expect(await kindsTo(support.id)).toEqual(["TICKET_OPENED"]);
    // Their customer categories are kept as they were: nothing changes for mail they never get.
    expect((await db.user.findUniqueOrThrow({ where: { id: quiet.id } })).emailCategories).toEqual(["REQUESTS", "TICKETS", "ALERTS"]);
  });
});
