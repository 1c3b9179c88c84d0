import type { PlanInput } from "@/lib/hosting/plans/schemas";

/** A plan as the editor gets it from the page: plain, serializable values. */
export type AdminPlan = PlanInput & { id: string; sortOrder: number; requestCount: number };
