import "server-only";
import { channels } from "../../realtime/channels";

/** Why a lead's event was sent, for subscribers that care (the pipeline and the leads list just re-read). */
export type LeadChange = "created" | "request" | "edited" | "assigned" | "moved" | "won" | "lost" | "deleted";

export type LeadEventData = {
  id: string;
  stage?: string;
  assigneeId?: string | null;
  valueCents?: number;
  /** The hosting request that created or grew the lead. */
  requestId?: string;
  change: LeadChange;
};

/** Many leads changed at once (bulk assignment): their ids when few enough for one small event. */
export type LeadsEventData = { ids: string[] | null; count: number; assigneeId: string | null; change: "assigned" };

/** A `lead.created` / `lead.updated` event on the pipeline channel, to publish once the write has committed. */
export function leadEvent(event: "lead.created" | "lead.updated", data: LeadEventData | LeadsEventData) {
  return { channel: channels.pipeline, event, data: data as Record<string, unknown> };
}
