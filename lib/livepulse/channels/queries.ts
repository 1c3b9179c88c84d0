import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { DeliveryListQuery } from "./schemas";

/** What a channel shows, everywhere: never its signing secret. */
export const publicChannelSelect = {
  id: true,
  name: true,
  nameKey: true,
  kind: true,
  enabled: true,
  emailRoles: true,
  url: true,
  secret: true,
  createdAt: true,
  updatedAt: true,
  users: { select: { id: true, name: true, email: true }, orderBy: { name: "asc" } },
  rules: { select: { id: true, name: true, nameKey: true }, orderBy: { name: "asc" } },
} as const satisfies Prisma.AlertChannelSelect;

type ChannelRow = Prisma.AlertChannelGetPayload<{ select: typeof publicChannelSelect }>;

/** A channel as answered: whether it has a secret, never the secret. */
export function publicChannel({ secret, ...channel }: ChannelRow) {
  return { ...channel, hasSecret: Boolean(secret) };
}
export type PublicChannel = ReturnType<typeof publicChannel>;

export async function findChannel(tx: Tx, id: string) {
  const channel = await tx.alertChannel.findUnique({ where: { id }, select: publicChannelSelect });
  if (!channel) throw new AppError("NOT_FOUND", "This alert channel does not exist.");
  return channel;
}

/** Every channel, by name, with its recipients or URL and the rules that use it (admins). */
export async function listAlertChannels(actor: Actor): Promise<PublicChannel[]> {
  assertCan(actor, "livepulse:manage");
  const rows = await db.alertChannel.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: publicChannelSelect });
  return rows.map(publicChannel);
}

/** A webhook channel's signing secret, revealed to an admin. */
export async function revealChannelSecret(actor: Actor, id: string): Promise<{ id: string; secret: string }> {
  assertCan(actor, "livepulse:manage");
  const channel = await db.alertChannel.findUnique({ where: { id }, select: { id: true, kind: true, secret: true } });
  if (!channel) throw new AppError("NOT_FOUND", "This alert channel does not exist.");
  if (channel.kind !== "WEBHOOK" || !channel.secret) throw new AppError("CONFLICT", "Only a webhook channel has a signing secret.");
  return { id: channel.id, secret: channel.secret };
}

/** The channels a rule may pick, for the rule form. */
export async function listChannelOptions(actor: Actor) {
  assertCan(actor, "livepulse:manage");
  return db.alertChannel.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameKey: true, kind: true, enabled: true },
  });
}

/** Staff an EMAIL channel may name (active or not: a disabled account simply receives nothing). */
export async function listChannelUserOptions(actor: Actor) {
  assertCan(actor, "livepulse:manage");
  return db.user.findMany({
    where: { role: { not: "CUSTOMER" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
    take: 500,
  });
}

/** One page of the delivery log, newest first, by channel and/or status. */
export async function listAlertDeliveries(actor: Actor, query: DeliveryListQuery) {
  assertCan(actor, "livepulse:manage");
  const where: Prisma.AlertDeliveryWhereInput = {
    ...(query.channelId ? { channelId: query.channelId } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const [items, total] = await Promise.all([
    db.alertDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        event: true,
        status: true,
        attempts: true,
        lastError: true,
        responseStatus: true,
        nextAttemptAt: true,
        deliveredAt: true,
        createdAt: true,
        channel: { select: { id: true, name: true, nameKey: true, kind: true } },
        alert: {
          select: { id: true, severity: true, title: true, message: true, rule: { select: { id: true, name: true, nameKey: true } } },
        },
      },
    }),
    db.alertDelivery.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
