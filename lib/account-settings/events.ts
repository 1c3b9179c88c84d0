import "server-only";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";

/** After a committed change to the account (profile, password, sessions): its other open pages re-read it. */
export async function publishAccountChange(userId: string): Promise<void> {
  await publish(channels.user(userId), "account.updated", { userId });
}
