import "server-only";
import { createHash } from "node:crypto";
import { simpleParser, type ParsedMail } from "mailparser";
import { db } from "../db";
import { uniqueViolation } from "../db-errors";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../logger";
import { stripQuoted } from "../mail/strip-quoted";
import { addComment } from "./add-comment";
import { commentCreateSchema } from "./schemas";
import { checkReplyToken, readReplyToken, tokenInAddress } from "./reply-token";

export type ReceivedReply = { ticketId: string; commentId: string; duplicate: boolean };

/** Headers a reply address may arrive in: where the sender put it, or where the receiving server wrote it. */
const addressHeaders = ["to", "cc", "delivered-to", "x-original-to", "envelope-to"];

/** Every address text in a parsed header: a string, an address object, or a list or group of them. */
function addressesIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(addressesIn);
  if (!value || typeof value !== "object") return [];
  const { address, group, value: list } = value as { address?: unknown; group?: unknown; value?: unknown };
  return [...addressesIn(address), ...addressesIn(group), ...addressesIn(list)];
}

function tokenOf(mail: ParsedMail): string | null {
  for (const header of addressHeaders) {
    for (const address of addressesIn(mail.headers.get(header))) {
      const token = tokenInAddress(address);
      if (token) return token;
    }
  }
  return null;
}

/** Refuses the message: logged with its reason, answered with a 4xx, nothing written. */
function refuse(reason: string, code: "VALIDATION" | "FORBIDDEN", message: string, detail: Record<string, unknown> = {}): never {
  logger.warn({ reason, ...detail }, "inbound email refused");
  throw new AppError(code, message, undefined, { reason });
}

/** The Message-ID, or for a message without one a digest of its bytes: a redelivery of either is recognised. */
function messageIdOf(mail: ParsedMail, raw: Uint8Array): string {
  const id = mail.messageId?.trim();
  if (id && id.length <= 500) return id;
  return `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

async function parse(raw: Uint8Array): Promise<ParsedMail> {
  try {
    return await simpleParser(Buffer.from(raw), { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true });
  } catch (error) {
    return refuse("unreadable", "VALIDATION", "This is not a readable email message.", { err: String(error).slice(0, 200) });
  }
}

/**
 * A customer's answer to a ticket email, as the inbound mail service forwards it (raw MIME). The
 * reply address's token names the ticket and must carry the app's signature, unexpired; the sender
 * must be the ticket's customer. What they wrote, without the quoted history and signature, becomes
 * their public reply through `addComment`, as if posted from the portal: audited, staff notified,
 * live for support. The same message delivered again (same Message-ID) adds nothing.
 */
export async function receiveEmailReply(raw: Uint8Array): Promise<ReceivedReply> {
  const mail = await parse(raw);
  const token = tokenOf(mail);
  if (!token) return refuse("noReplyAddress", "VALIDATION", "No ticket reply address in To, Cc or Delivered-To.");
  const read = readReplyToken(token);
  const ticket = read
    ? await db.cRMTicket.findUnique({ where: { number: read.number }, select: { id: true, number: true, customerId: true } })
    : null;
  const check = ticket ? checkReplyToken(env.mail.replyTokenKey, token, ticket) : "forged";
  if (!ticket || check === "forged") return refuse("forgedToken", "FORBIDDEN", "This reply address is not valid.");
  if (check === "expired") {
    return refuse("expiredToken", "FORBIDDEN", "This reply address has expired: answer from the ticket's page.", { ticketId: ticket.id });
  }
  const customer = await db.user.findUnique({
    where: { id: ticket.customerId },
    select: { id: true, email: true, role: true, disabled: true },
  });
  const sender = mail.from?.value[0]?.address?.trim().toLowerCase();
  if (!customer || customer.disabled || !sender || sender !== customer.email.toLowerCase()) {
    return refuse("foreignSender", "FORBIDDEN", "Only the ticket's customer may reply to it by email.", { ticketId: ticket.id });
  }
  const emailMessageId = messageIdOf(mail, raw);
  const known = await db.ticketComment.findUnique({ where: { emailMessageId }, select: { id: true, ticketId: true } });
  if (known) return { ticketId: known.ticketId, commentId: known.id, duplicate: true };

  // NUL is the one character PostgreSQL cannot keep that a decoded message can hold.
  const body = stripQuoted((mail.text ?? "").replace(/\u0000/g, ""));
  if (!body) return refuse("empty", "VALIDATION", "The message has no text of its own above the quoted one.", { ticketId: ticket.id });
  const input = commentCreateSchema.safeParse({ body, internal: false });
  if (!input.success) return refuse("tooLong", "VALIDATION", "The message is too long for a reply.", { ticketId: ticket.id });
  try {
    const comment = await addComment({ id: customer.id, role: customer.role }, ticket.id, input.data, { emailMessageId });
    logger.info({ ticketId: ticket.id, commentId: comment.id }, "inbound email became a ticket reply");
    return { ticketId: ticket.id, commentId: comment.id, duplicate: false };
  } catch (error) {
    // The same message delivered twice at once: the other delivery made the reply.
    if (!uniqueViolation(error)) throw error;
    const made = await db.ticketComment.findUniqueOrThrow({ where: { emailMessageId }, select: { id: true, ticketId: true } });
    return { ticketId: made.ticketId, commentId: made.id, duplicate: true };
  }
}
