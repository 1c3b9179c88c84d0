import "server-only";
import { type Checked } from "./run-check";
import { publish } from "../../realtime/publish";
import { channels } from "../../realtime/channels";

/** Tells LivePulse pages that monitors were checked: which ones, and which changed status or error. */
export async function publishMonitorUpdate(checked: readonly Checked[]) {
  if (checked.length === 0) return;
  await publish(channels.livepulse, "monitor.updated", {
    ids: checked.map((c) => c.id),
    changed: checked.filter((c) => c.changed).map((c) => c.id),
  });
}
