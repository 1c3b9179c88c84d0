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
