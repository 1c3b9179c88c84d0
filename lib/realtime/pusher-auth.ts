import "server-only";
import type { ChannelAuthResponse } from "pusher";
import type { Actor } from "../auth/roles";
import { env } from "../env";
import { AppError } from "../errors";
import { authorizeChannel } from "./authorize";
import { pusherFor } from "./pusher-server";

/** pusher-js's socket ids: two integers joined by a dot. */
export const socketIdPattern = /^\d+\.\d+$/;

/**
 * Pusher private-channel authorization: the signature pusher-js presents to the Pusher server to
 * join `channel`, when the permission matrix lets `actor` join it. Throws 403 otherwise, 404 when
 * the app does not use Pusher.
 */
export async function authorizePusherChannel(actor: Actor, socketId: string, channel: string): Promise<ChannelAuthResponse> {
  const settings = env.realtime;
  if (settings.transport !== "pusher") throw new AppError("NOT_FOUND", "This server does not use Pusher.");
  if (!socketIdPattern.test(socketId)) throw new AppError("VALIDATION", "Invalid socket id.", { socket_id: ["invalid"] });
  if (!(await authorizeChannel(actor, channel))) throw new AppError("FORBIDDEN", "You may not join this channel.");
  return pusherFor(settings.pusher).authorizeChannel(socketId, channel);
}
