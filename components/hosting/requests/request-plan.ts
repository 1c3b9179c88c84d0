import type { ConfigurablePlan } from "@/lib/hosting/pricing";

/** A plan as the request form offers it: its prices and the ranges a customer may choose. */
export type RequestPlan = ConfigurablePlan & { slug: string; name: string };
