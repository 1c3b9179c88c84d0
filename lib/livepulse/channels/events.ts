import "server-only";
import { channels } from "../../realtime/channels";
import { publishAll } from "../../realtime/publish-all";

/** After channels or deliveries changed (committed): the channels page re-reads. */
export async function publishDeliveries(change: { channelId?: string } = {}) {
  await publishAll([{ channel: channels.livepulse, event: "alertChannel.updated", data: { id: change.channelId ?? null } }]);
}
