import "server-only";
import { publish } from "../../realtime/publish";
import { channels } from "../../realtime/channels";

/** At most one `metrics.updated` per second and instance: a burst of form events is one refresh. */
const intervalMs = 1000;
let lastAt = 0;
let pending: ReturnType<typeof setTimeout> | null = null;

function send() {
  lastAt = Date.now();
  pending = null;
  // publish() logs its own failures and never throws: the write that called this stands.
  void publish(channels.livepulse, "metrics.updated", { source: "forms", at: new Date(lastAt).toISOString() });
}

/**
 * Tells LivePulse pages that the form's figures moved; call after the write committed. Within the
 * interval of the previous one, the event is sent at its end, so the last change is never missed.
 */
export function announceFormMetrics(): void {
  if (pending) return;
  const wait = lastAt + intervalMs - Date.now();
  if (wait <= 0) return send();
  pending = setTimeout(send, wait);
  pending.unref?.();
}
