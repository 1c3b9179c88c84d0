import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { sessionMaxAgeSeconds } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client.ts";
import type { UserListQuery } from "./schemas";
import type { UserStatus } from "./statuses";

/** What each status means in the database (see `userStatuses`). */
const statusWhere: Record<UserStatus, Prisma.UserWhereInput> = {
  active: { disabled: false, invitedAt: null },
  invited: { disabled: false, invitedAt: { not: null } },
  disabled: { disabled: true },
};

export function statusOf(user: { disabled: boolean; invitedAt: Date | null }): UserStatus {
  if (user.disabled) return "disabled";
  return user.invitedAt ? "invited" : "active";
}

function listWhere(query: UserListQuery): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { email: contains }, { company: contains }] });
  }
  if (query.role?.length) and.push({ role: { in: query.role } });
  if (query.status?.length) and.push({ OR: query.status.map((status) => statusWhere[status]) });
  return { AND: and };
}

const listColumns = {
  id: true,
  name: true,
  email: true,
  company: true,
  role: true,
  disabled: true,
  invitedAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

type ListRow = Prisma.UserGetPayload<{ select: typeof listColumns }>;

const toItem = ({ disabled, invitedAt, ...user }: ListRow) => ({ ...user, status: statusOf({ disabled, invitedAt }) });

/** Every account (admin): searched by name, email or company, filtered by role and status, newest first. */
export async function listUsers(actor: Actor, query: UserListQuery) {
  assertCan(actor, "users:manage");
  const where = listWhere(query);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: listColumns,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.user.count({ where }),
  ]);
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
}

/**
 * One account as an admin sees it: profile, access, open sessions, its pending invitation (the
 * newest first-password link: when, until when, from whom) and, for a customer, their business.
 */
export async function getUser(actor: Actor, id: string) {
  assertCan(actor, "users:manage");
  const now = new Date();
  const user = await db.user.findUnique({
    where: { id },
    select: { ...listColumns, phone: true, locale: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
  const isCustomer = user.role === "CUSTOMER";
  const [openSessions, link, requests, tickets, leads] = await Promise.all([
    db.userSession.count({
      where: { userId: id, endedAt: null, lastSeenAt: { gt: new Date(now.getTime() - sessionMaxAgeSeconds * 1000) } },
    }),
    user.invitedAt
      ? db.accountToken.findFirst({
          where: { userId: id, purpose: "SET_PASSWORD" },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true, expiresAt: true, usedAt: true, createdBy: { select: { id: true, name: true } } },
        })
      : null,
    isCustomer ? db.hostingRequest.count({ where: { customerId: id } }) : 0,
    isCustomer ? db.cRMTicket.count({ where: { customerId: id } }) : 0,
    isCustomer
      ? db.cRMLead.findMany({ where: { customerId: id }, select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 5 })
      : [],
  ]);
  const { phone, locale, emailVerifiedAt, ...listed } = user;
  return {
    ...toItem(listed),
    phone,
    locale,
    emailVerifiedAt,
    invitedAt: user.invitedAt,
    openSessions,
    invitation: link
      ? {
          sentAt: link.createdAt,
          expiresAt: link.expiresAt,
          // A link spent without a password being set is one a newer link or a revocation replaced.
          expired: link.usedAt !== null || link.expiresAt <= now,
          invitedBy: link.createdBy,
        }
      : null,
    customer: isCustomer ? { requests, tickets, leads } : null,
  };
}
