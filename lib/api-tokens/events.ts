import "server-only";
import { publishAccountChange } from "../account-settings/events";

/** After a committed change to a user's tokens: their open account pages re-read them. */
export async function publishTokenChange(userId: string): Promise<void> {
  await publishAccountChange(userId);
}
