/** Lead stages in pipeline order; shared by the server and the browser. */
export const leadStages = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"] as const;
export type LeadStageName = (typeof leadStages)[number];

/** Stages of a lead still being worked (the pipeline's value counts these). */
export const openStages = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "NEGOTIATION"] as const satisfies readonly LeadStageName[];
export const closedStages = ["WON", "LOST"] as const satisfies readonly LeadStageName[];

export const leadSources = ["HOSTING_REQUEST", "WEBSITE", "REFERRAL", "EMAIL", "PHONE", "EVENT", "OTHER"] as const;
export type LeadSourceName = (typeof leadSources)[number];

export const activityTypes = ["CALL", "EMAIL", "MEETING", "NOTE", "TASK", "STAGE_CHANGE", "ASSIGNMENT", "SYSTEM"] as const;
/** What a person logs by hand; the other types are written by the system. */
export const loggableActivityTypes = ["CALL", "EMAIL", "MEETING", "NOTE", "TASK"] as const;

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
