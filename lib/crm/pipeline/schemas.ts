import { z } from "zod";

/** Filters of the pipeline board, as the page's URL (and a future API route) sends them. */
export const pipelineQuery = z.object({
  /** Only the actor's own leads. */
  mine: z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()).default(false),
  /** A user id, or `none` for leads nobody owns (ignored when `mine` is set). */
  assignee: z.string().trim().max(40).optional(),
  perColumn: z.coerce.number().int().min(1).max(200).default(50),
});
export type PipelineQuery = z.input<typeof pipelineQuery>;

/** Won and lost columns show what closed in this many days (count, value and cards). */
export const CLOSED_WINDOW_DAYS = 30;
