import "server-only";
import { can, scopeOf } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { channels, publicChannels } from "./channels";

/** The ids the app uses (cuid) and nothing that could smuggle another channel's name. */
const idPattern = "[A-Za-z0-9_-]{1,64}";
const userChannel = new RegExp(`^private-user-(${idPattern})$`);
const ticketChannel = new RegExp(`^private-ticket-(${idPattern})$`);

/**
 * Whether `actor` may join `channel`, from the permission matrix. A user's channel: that user only.
 * A ticket's: roles that read every ticket, or its customer when the role reads its own. Staff:
 * those who manage tickets. Pipeline: those who read the CRM.
 * LivePulse: those who read it. The public status channel: anyone, `null` (nobody signed in) too.
 * Any other name is refused.
 */
export async function authorizeChannel(actor: Actor | null, channel: string): Promise<boolean> {
  if (publicChannels.has(channel)) return true;
  if (!actor) return false;
  const user = userChannel.exec(channel);
  if (user) return user[1] === actor.id;

  const ticket = ticketChannel.exec(channel);
  if (ticket) {
    const scope = scopeOf(actor, "tickets:read");
    if (scope === "all") return true;
    if (scope !== "own") return false;
    const own = await db.cRMTicket.findFirst({ where: { id: ticket[1], customerId: actor.id }, select: { id: true } });
    return own !== null;
  }

  if (channel === channels.staff) return can(actor, "tickets:manage");
  if (channel === channels.pipeline) return can(actor, "crm:read");
  if (channel === channels.livepulse) return can(actor, "livepulse:read");
  return false;
}

/** Every channel or nothing: the stream refuses a request as soon as one channel is not allowed. */
export async function authorizeChannels(actor: Actor | null, names: readonly string[]): Promise<boolean> {
  const answers = await Promise.all(names.map((name) => authorizeChannel(actor, name)));
  return answers.every(Boolean);
}
