import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { EmailListQuery } from "./schemas";

/** One page of the delivery log, newest first (then by id, so pages never overlap). */
export async function listEmails(actor: Actor, query: EmailListQuery) {
  assertCan(actor, "emails:read");
  const where = query.status ? { status: query.status } : {};
  const [items, total] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        to: true,
        subject: true,
        locale: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
      },
    }),
    db.emailMessage.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** One message as it was written (HTML and text) and where its delivery stands. */
export async function getEmail(actor: Actor, id: string) {
  assertCan(actor, "emails:read");
  const email = await db.emailMessage.findUnique({ where: { id } });
  if (!email) throw new AppError("NOT_FOUND", "This message does not exist.");
  return email;
}

/** Whether messages leave at all: without an SMTP server they are kept, which the log says. */
export const mailIsSent = (): boolean => Boolean(env.mail.smtpUrl);
