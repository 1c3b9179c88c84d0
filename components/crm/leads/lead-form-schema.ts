import type { z } from "zod";
import { leadCreateSchema } from "@/lib/crm/leads/schemas";

/** A lead's own fields, as the server defines them; the stage has its own steps (pipeline, won, lost). */
export const leadFormSchema = leadCreateSchema.omit({ stage: true });
export type LeadFormValues = z.input<typeof leadFormSchema>;
