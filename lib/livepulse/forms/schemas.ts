import { z } from "zod";

export const trackedForms = ["hosting-request"] as const;
export const formSections = ["customer", "resources", "domain", "options", "summary"] as const;

/** A batch of analytics events sent by a form while it is filled in. */
export const formEventBatchSchema = z.object({
  form: z.enum(trackedForms),
  sessionId: z.string().min(8).max(100),
  events: z
    .array(
      z.object({
        type: z.enum(["VIEW", "START", "SECTION_COMPLETE", "VALIDATION_ERROR", "ABANDON"]),
        section: z.enum(formSections).optional(),
        field: z.string().max(60).optional(),
        message: z.string().max(60).optional(),
        durationMs: z.number().int().min(0).max(86_400_000).optional(),
      }),
    )
    .min(1)
    .max(50),
});
export type FormEventBatch = z.infer<typeof formEventBatchSchema>;

/** What recording a batch answers: how many of its events were kept. */
export const formEventsRecordedSchema = z.object({ recorded: z.number().int() });

const rate = (description: string) => z.number().meta({ description: `${description} (0–1)` });

/** The hosting request form's funnel over a period. */
export const formAnalyticsResponse = z.object({
  period: z.object({ preset: z.enum(["24h", "7d", "30d", "custom"]), from: z.iso.datetime(), to: z.iso.datetime() }),
  views: z.number().int(),
  starts: z.number().int(),
  submissions: z.number().int(),
  abandoned: z.number().int().meta({ description: "Started and not submitted" }),
  abandonmentRate: rate("abandoned ÷ starts"),
  conversionRate: rate("submissions ÷ views"),
  medianCompletionMs: z.number().nullable(),
  steps: z.array(
    z.object({
      key: z.enum(["VIEW", "START", ...formSections, "SUBMIT"]),
      sessions: z.number().int().meta({ description: "Sessions that reached the step" }),
      ofStarts: z.number().nullable().meta({ description: "Share of the sessions that started (0–1); null for views" }),
      dropOff: z.number().int().meta({ description: "Sessions lost since the previous step" }),
      dropOffRate: rate("that loss as a share of the previous step"),
    }),
  ),
  errors: z
    .array(z.object({ field: z.string(), message: z.string(), sessions: z.number().int(), occurrences: z.number().int() }))
    .meta({ description: "The ten most frequent validation errors" }),
});
