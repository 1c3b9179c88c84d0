import type { ActivityType } from "../generated/prisma/enums.ts";
import { LeadSource, LeadStage } from "../generated/prisma/enums.ts";

/** Lead stages in pipeline order (the schema's); shared by the server and the browser. */
export const leadStages = Object.values(LeadStage);
export type LeadStageName = LeadStage;

/** Stages of a lead still being worked (the pipeline's value counts these). */
export const openStages = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "NEGOTIATION"] as const satisfies readonly LeadStageName[];

export const leadSources = Object.values(LeadSource);
export type LeadSourceName = LeadSource;

/** What a person logs by hand; the other types are written by the system. */
export const loggableActivityTypes = ["CALL", "EMAIL", "MEETING", "NOTE", "TASK"] as const satisfies readonly ActivityType[];

export function isOpenStage(stage: LeadStageName): boolean {
  return (openStages as readonly string[]).includes(stage);
}

/**
 * The position that puts an item between two neighbours of a column sorted by ascending position.
 * Either neighbour may be missing (top or bottom of the column, or an empty column).
 */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 1024;
  if (before === null) return (after as number) - 1024;
  if (after === null) return before + 1024;
  return (before + after) / 2;
}
