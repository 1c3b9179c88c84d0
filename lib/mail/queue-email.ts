import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { categoryOf, mailLocale, renderEmail, type EmailRequest } from "./render-email";

export type QueuedEmail = { id: string };

/**
 * Puts a message in the outbox inside the caller's transaction: it exists if and only if the change
 * that causes it commits. The jobs' leader delivers it afterwards (deliver-emails.ts), so a mail
 * server that is down or slow never fails nor delays the write.
 */
export async function queueEmail(
  tx: Tx,
  input: { to: string; userId?: string | null; name: string; locale?: string | null } & EmailRequest,
): Promise<QueuedEmail> {
  const locale = mailLocale(input.locale);
  const request = { kind: input.kind, params: input.params } as EmailRequest;
  const rendered = await renderEmail(request, { name: input.name, locale }, env.appUrl);
  return tx.emailMessage.create({
    data: {
      to: input.to,
      userId: input.userId ?? null,
      locale,
      kind: input.kind,
      category: categoryOf(input.kind),
      ...rendered,
    },
    select: { id: true },
  });
}
