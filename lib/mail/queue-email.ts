import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { escapeHtml } from "../escape-html";
import type { EmailCategory, EmailKind, Role } from "../generated/prisma/enums.ts";
import { receives, type EmailPreferences } from "./preferences";
import { categoryOf, mailLocale, renderEmail, type EmailRequest } from "./render-email";

export type QueuedEmail = { id: string };

/** Who a message goes to; `preferences` (role and chosen categories) when the caller read them already. */
export type EmailRecipient = {
  to: string;
  userId?: string | null;
  name: string;
  locale?: string | null;
  /** Where the reader's answer goes, when it can be answered (a ticket's signed reply address). */
  replyTo?: string | null;
  preferences?: EmailPreferences;
};

/** What to read of a user to write to them: `select: recipientSelect`, then `toRecipient`. */
export const recipientSelect = { id: true, email: true, name: true, locale: true, role: true, emailCategories: true } as const;
type RecipientRow = { id: string; email: string; name: string; locale: string; role: Role; emailCategories: EmailCategory[] };

export const toRecipient = (user: RecipientRow): EmailRecipient & { preferences: EmailPreferences } => ({
  to: user.email,
  userId: user.id,
  name: user.name,
  locale: user.locale,
  preferences: { role: user.role, emailCategories: user.emailCategories },
});

/** Categories always sent: a message of these is queued whatever the recipient chose. */
type AlwaysSentKind = Extract<
  EmailRequest,
  { kind: "PASSWORD_RESET" | "REGISTRATION_ATTEMPT" | "EMAIL_VERIFICATION" | "STAFF_INVITATION" }
>["kind"];

/**
 * The recipients who take a message of `request`'s category: a user who turned the category off
 * gets nothing (no outbox row). Preferences not given are read, in one query, for those with a userId.
 */
async function wanted<R extends EmailRecipient>(tx: Tx, recipients: R[], request: EmailRequest): Promise<R[]> {
  const category = categoryOf(request.kind);
  if (category === "SECURITY" || category === "ACCOUNT") return recipients;
  const unknown = recipients.filter((r) => r.userId && !r.preferences).map((r) => r.userId!);
  const read = unknown.length
    ? new Map(
        (await tx.user.findMany({ where: { id: { in: unknown } }, select: { id: true, role: true, emailCategories: true } })).map(
          (user) => [user.id, user],
        ),
      )
    : new Map<string, EmailPreferences>();
  return recipients.filter((r) => {
    const preferences = r.preferences ?? (r.userId ? read.get(r.userId) : undefined);
    return !preferences || receives(preferences, category);
  });
}

/** Stands for a value known only later (the recipient's name, a reference) while a message is rendered. */
export const emailSlot = (name: string) => `%%${name}%%`;
const nameSlot = emailSlot("recipient-name");

/**
 * Puts one message per recipient in the outbox inside the caller's transaction: they exist if and
 * only if the change that causes them commits. The message is rendered once per language, then
 * addressed to each reader by name, and written in one statement. Recipients who turned the
 * category off are left out. Returns how many were queued.
 */
export async function queueEmails(tx: Tx, recipients: EmailRecipient[], request: EmailRequest): Promise<number> {
  const readers = await wanted(tx, recipients, request);
  if (readers.length === 0) return 0;
  const rendered = new Map<string, Awaited<ReturnType<typeof renderEmail>>>();
  for (const locale of new Set(readers.map((r) => mailLocale(r.locale)))) {
    rendered.set(locale, await renderEmail(request, { name: nameSlot, locale }, env.appUrl));
  }
  const category = categoryOf(request.kind);
  const { count } = await tx.emailMessage.createMany({
    data: readers.map((reader) => {
      const locale = mailLocale(reader.locale);
      const { subject, html, text } = rendered.get(locale)!;
      return {
        to: reader.to,
        userId: reader.userId ?? null,
        locale,
        kind: request.kind,
        category,
        subject,
        html: html.replaceAll(nameSlot, escapeHtml(reader.name)),
        text: text.replaceAll(nameSlot, reader.name),
      };
    }),
  });
  return count;
}

/**
 * Puts a message in the outbox inside the caller's transaction: it exists if and only if the change
 * that causes it commits. The jobs' leader delivers it afterwards (deliver-emails.ts), so a mail
 * server that is down or slow never fails nor delays the write. A category the recipient turned off
 * queues nothing (null); security and account messages always go.
 */
export async function queueEmail<R extends EmailRequest>(
  tx: Tx,
  input: EmailRecipient & R,
): Promise<R["kind"] extends AlwaysSentKind ? QueuedEmail : QueuedEmail | null> {
  type Result = R["kind"] extends AlwaysSentKind ? QueuedEmail : QueuedEmail | null;
  const request = { kind: input.kind, params: input.params } as EmailRequest;
  const [reader] = await wanted(tx, [input], request);
  if (!reader) return null as Result;
  const locale = mailLocale(input.locale);
  const rendered = await renderEmail(request, { name: input.name, locale }, env.appUrl);
  return (await tx.emailMessage.create({
    data: {
      to: input.to,
      userId: input.userId ?? null,
      locale,
      kind: input.kind,
      category: categoryOf(input.kind),
      replyTo: input.replyTo ?? null,
      ...rendered,
    },
    select: { id: true },
  })) as Result;
}

/** A message rendered and addressed, ready to be written to the outbox by the caller's own statement. */
export type PreparedEmail = {
  to: string;
  userId: string | null;
  locale: string;
  kind: EmailKind;
  category: EmailCategory;
  subject: string;
  html: string;
  text: string;
};

/**
 * Renders, before the statement that queues it, a message to one recipient whose params are known
 * only in that statement (a reference it draws): they stand as `emailSlot(name)`, which the
 * statement replaces. Null when the recipient turned the category off.
 */
export async function prepareEmail(
  recipient: EmailRecipient & { preferences: EmailPreferences },
  request: EmailRequest,
): Promise<PreparedEmail | null> {
  if (!receives(recipient.preferences, categoryOf(request.kind))) return null;
  const locale = mailLocale(recipient.locale);
  const rendered = await renderEmail(request, { name: recipient.name, locale }, env.appUrl);
  return {
    to: recipient.to,
    userId: recipient.userId ?? null,
    locale,
    kind: request.kind,
    category: categoryOf(request.kind),
    ...rendered,
  };
}
