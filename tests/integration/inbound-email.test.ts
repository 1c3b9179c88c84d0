import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Auth.js and next/headers need Next's runtime: nobody is signed in, the mail service calls with its secret.
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import type { ParsedMail } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { NextRequest } from "next/server.js";
import { POST } from "@/app/api/inbound/email/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ticketReference } from "@/lib/format";
import { deliverDueEmails } from "@/lib/mail/deliver-emails";
import { smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { addComment } from "@/lib/tickets/add-comment";
import { createTicket } from "@/lib/tickets/create-ticket";
import { replyAddressFor, replyTokenDays, signReplyToken } from "@/lib/tickets/reply-token";
import { commentCreateSchema, ticketCreateSchema } from "@/lib/tickets/schemas";
import { createUser } from "./helpers";
import { startSmtpServer } from "./smtp";

const SECRET = "inbound-secret-for-tests-0123456789";
const DAY = 86_400_000;

type User = Awaited<ReturnType<typeof createUser>>;
type Ticket = Awaited<ReturnType<typeof createTicket>>;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: MailTransport;
let support: User;

beforeAll(async () => {
  // As if INBOUND_EMAIL_SECRET and MAIL_REPLY_ADDRESS were configured (the configuration is read before this file runs).
  (env as { inboundEmailSecret?: string }).inboundEmailSecret = SECRET;
  env.mail.replyAddress = "support@orbite.test";
  smtp = await startSmtpServer();
  transport = smtpTransport(smtp.url, "Orbite <no-reply@orbite.test>");
  support = await createUser("SUPPORT");
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.emailMessage.deleteMany();
  smtp.received.length = 0;
});

async function customer(locale: "fr" | "en") {
  const user = await createUser("CUSTOMER");
  return { ...user, ...(await db.user.update({ where: { id: user.id }, data: { locale } })) };
}

async function ticketOf(owner: User): Promise<Ticket> {
  return createTicket(owner, ticketCreateSchema.parse({ subject: "Site inaccessible", description: "Mon site ne répond plus." }));
}

const reply = (body: string, internal = false) => commentCreateSchema.parse({ body, internal });

/** A raw MIME message as a mail client would send it. */
async function mime(options: {
  from: string;
  to: string;
  text?: string;
  html?: string;
  messageId?: string;
  cc?: string;
  headers?: Record<string, string>;
}): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new MailComposer({ subject: "Re: [TK] Site inaccessible", ...options }).compile().build());
}

/** Posts to the route as the inbound mail service would. */
async function post(body: BodyInit | null, init: { secret?: string | null; type?: string } = {}) {
  const headers = new Headers({ "content-type": init.type ?? "message/rfc822" });
  const secret = init.secret === undefined ? SECRET : init.secret;
  if (secret) headers.set("authorization", `Bearer ${secret}`);
  const request = new NextRequest("http://localhost/api/inbound/email", { method: "POST", headers, body });
  const response = await POST(request, { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: { code: string } } };
}

const commentsOf = (ticketId: string) =>
  db.ticketComment.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" }, select: { body: true, authorId: true, internal: true } });

function mailTo(address: string): ParsedMail {
  const found = smtp.received.find((mail) => mail.to && "text" in mail.to && mail.to.text === address);
  expect(found, `a message to ${address}`).toBeDefined();
  return found!;
}

/** Opening a ticket tells support by email; these tests are about what the replies send. */
const forgetTicketOpenedEmails = () => db.emailMessage.deleteMany({ where: { kind: "TICKET_OPENED" } });

const replyToOf = (mail: ParsedMail) => (mail.replyTo?.value[0]?.address ?? "").toString();

describe("a staff reply by email", () => {
  it("reaches the customer in their language with the reply, a link and a signed Reply-To; no internal text ever", async () => {
    const english = await customer("en");
    const french = await customer("fr");
    const enTicket = await ticketOf(english);
    const frTicket = await ticketOf(french);
    await forgetTicketOpenedEmails();
    await addComment(support, enTicket.id, reply("SECRET-NOTE: customer is on the old plan", true));
    await addComment(support, enTicket.id, reply("Your site is back.\nPlease clear your cache."));
    await addComment(support, frTicket.id, reply("Votre site est rétabli."));

    expect(await deliverDueEmails({ transport })).toMatchObject({ sent: 2, failed: 0 });
    const toEnglish = mailTo(english.email);
    const toFrench = mailTo(french.email);
    expect(toEnglish.subject).toBe(`[${ticketReference(enTicket.number)}] Site inaccessible`);
    expect(toEnglish.html).toContain(`New reply on your ticket ${ticketReference(enTicket.number)}`);
    expect(toEnglish.text).toContain("Your site is back.");
    expect(toEnglish.text).toContain("Please clear your cache.");
    expect(toEnglish.text).toContain(`${support.name} from the Orbite team replied to your ticket`);
    expect(toEnglish.html).toContain(`href="${env.appUrl}/hosting/tickets/${enTicket.id}"`);
    expect(toFrench.html).toContain(`Nouvelle réponse à votre ticket ${ticketReference(frTicket.number)}`);
    expect(toFrench.text).toContain("Votre site est rétabli.");
    for (const mail of [toEnglish, toFrench]) {
      expect(replyToOf(mail)).toMatch(/^support\+t-[a-z2-7]{39}@orbite\.test$/);
      expect(mail.text).not.toContain("SECRET-NOTE");
      expect(mail.html).not.toContain("SECRET-NOTE");
    }
    const rows = await db.emailMessage.findMany({ select: { kind: true, category: true, replyTo: true, html: true, text: true } });
    expect(rows.map((r) => [r.kind, r.category])).toEqual([
      ["TICKET_REPLY", "TICKETS"],
      ["TICKET_REPLY", "TICKETS"],
    ]);
    expect(rows.every((r) => !r.html.includes("SECRET-NOTE") && !r.text.includes("SECRET-NOTE"))).toBe(true);
  });

  it("an internal note alone sends nothing", async () => {
    const owner = await customer("fr");
    const ticket = await ticketOf(owner);
    await forgetTicketOpenedEmails();
    await addComment(support, ticket.id, reply("Note interne seulement", true));
    expect(await db.emailMessage.count()).toBe(0);
    await deliverDueEmails({ transport });
    expect(smtp.received).toHaveLength(0);
  });
});

describe("the customer's answer by email", () => {
  /** A ticket answered by staff, and the Reply-To its email carried. */
  async function answered(locale: "fr" | "en") {
    const owner = await customer(locale);
    const ticket = await ticketOf(owner);
    await addComment(support, ticket.id, reply("Could you try again?"));
    await deliverDueEmails({ transport });
    return { owner, ticket, replyTo: replyToOf(mailTo(owner.email)) };
  }

  it("becomes one public reply without the quoted history, in English and French styles, and reaches support", async () => {
    const { owner, ticket, replyTo } = await answered("en");
    const notificationsBefore = await db.notification.count({ where: { userId: support.id, type: "TICKET_REPLY" } });
    const english = await mime({
      from: `"Client" <${owner.email.toUpperCase()}>`,
      to: replyTo,
      text: "It works now, thanks!\n\nOn Sat, Dec 5, 2026 at 10:00 AM Orbite <\nsupport@orbite.test> wrote:\n> Could you try again?\n",
      messageId: "<answer-1@client.test>",
    });
    const first = await post(english);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ ticketId: ticket.id, duplicate: false });

    const french = await mime({
      from: owner.email,
      to: "someone@client.test",
      cc: replyTo,
      text: "Et merci encore.\n\n-- \nJeanne\n\nLe sam. 5 déc. 2026 à 10:00, Orbite <support@orbite.test> a écrit :\n> Could you try again?",
      messageId: "<answer-2@client.test>",
    });
    expect((await post(french)).status).toBe(201);

    // HTML only, the address only where the receiving server wrote it, Outlook's header block below.
    const outlook = await mime({
      from: owner.email,
      to: "support@orbite.test",
      headers: { "Delivered-To": replyTo },
      html: "<p>Dernière chose.</p><hr><p>De : Orbite &lt;support@orbite.test&gt;<br>Envoyé : samedi<br>À : moi</p><p>Could you try again?</p>",
    });
    expect((await post(outlook, { type: "text/plain" })).status).toBe(201);

    const comments = await commentsOf(ticket.id);
    expect(comments.slice(-3)).toEqual([
      { body: "It works now, thanks!", authorId: owner.id, internal: false },
      { body: "Et merci encore.", authorId: owner.id, internal: false },
      { body: "Dernière chose.", authorId: owner.id, internal: false },
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: ticket.id, action: "ticket.reply", actorId: owner.id } });
    expect(audit).toHaveLength(3);
    expect(audit[0].after).toMatchObject({ via: "email", internal: false });
    expect(await db.notification.count({ where: { userId: support.id, type: "TICKET_REPLY" } })).toBe(notificationsBefore + 3);
  });

  it("delivered twice with the same Message-ID makes one reply", async () => {
    const { owner, ticket, replyTo } = await answered("fr");
    const message = await mime({ from: owner.email, to: replyTo, text: "Une seule fois", messageId: "<twice@client.test>" });
    const before = (await commentsOf(ticket.id)).length;
    expect((await post(message)).status).toBe(201);
    const again = await post(message);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ ticketId: ticket.id, duplicate: true });
    expect(await commentsOf(ticket.id)).toHaveLength(before + 1);
  });

  it("is refused with a 4xx and writes nothing when anything is wrong", async () => {
    const { owner, ticket, replyTo } = await answered("en");
    const other = await answered("en");
    const stranger = await createUser("CUSTOMER");
    const token = replyTo.slice("support+t-".length, replyTo.indexOf("@"));
    const flipped = token.slice(0, 30) + (token[30] === "a" ? "b" : "a") + token.slice(31);
    const key = env.mail.replyTokenKey;
    const cases: Array<[string, Promise<{ status: number; json: { error?: { code: string } } }>, number]> = [
      ["a forged token", post(await mime({ from: owner.email, to: `support+t-${flipped}@orbite.test`, text: "x" })), 403],
      [
        "a token signed with another key",
        post(
          await mime({
            from: owner.email,
            to: replyAddressFor("support@orbite.test", signReplyToken(Buffer.alloc(32), ticket)),
            text: "x",
          }),
        ),
        403,
      ],
      [
        // This ticket's number, signed for the other ticket and its customer.
        "a tampered ticket number",
        post(
          await mime({
            from: other.owner.email,
            to: replyAddressFor(
              "support@orbite.test",
              signReplyToken(key, { ...other.ticket, number: ticket.number, customerId: other.owner.id }),
            ),
            text: "x",
          }),
        ),
        403,
      ],
      [
        "an expired token",
        post(
          await mime({
            from: owner.email,
            to: replyAddressFor(
              "support@orbite.test",
              signReplyToken(key, { ...ticket, customerId: owner.id }, new Date(Date.now() - (replyTokenDays + 1) * DAY)),
            ),
            text: "x",
          }),
        ),
        403,
      ],
      ["a foreign sender", post(await mime({ from: stranger.email, to: replyTo, text: "x" })), 403],
      ["another customer's address", post(await mime({ from: other.owner.email, to: replyTo, text: "x" })), 403],
      ["no reply address", post(await mime({ from: owner.email, to: "support@orbite.test", text: "x" })), 422],
      ["nothing but the quote", post(await mime({ from: owner.email, to: replyTo, text: "\n> Could you try again?\n" })), 422],
      ["garbage", post("\u0000\u0001 not a message at all"), 422],
      ["binary garbage", post(new Uint8Array([0xff, 0xfe, 0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0x80])), 422],
      ["an empty body", post(null), 422],
      ["a wrong secret", post(await mime({ from: owner.email, to: replyTo, text: "x" }), { secret: "not-the-secret-0123456789" }), 401],
      ["no secret", post(await mime({ from: owner.email, to: replyTo, text: "x" }), { secret: null }), 401],
      ["a body above 10 MB", post(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41)), 413],
    ];
    const before = await db.ticketComment.count();
    const auditBefore = await db.auditLog.count();
    for (const [name, answer, status] of cases) {
      const { status: got, json } = await answer;
      expect(got, name).toBe(status);
      expect(typeof json.error?.code, name).toBe("string");
    }
    expect(await db.ticketComment.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("answers 404 while no secret is configured", async () => {
    const configured = env.inboundEmailSecret;
    (env as { inboundEmailSecret?: string }).inboundEmailSecret = undefined;
    try {
      const answer = await post("From: a@b.test\r\n\r\nx", { secret: SECRET });
      expect(answer.status).toBe(404);
      expect(answer.json.error?.code).toBe("NOT_FOUND");
    } finally {
      (env as { inboundEmailSecret?: string }).inboundEmailSecret = configured;
    }
  });
});
