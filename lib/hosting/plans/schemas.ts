import { z } from "zod";

/**
 * The one definition of a hosting plan's input, shared by the plan editor's
 * form, the server actions and the REST API. Messages are translation keys
 * under `validation.*`. Money is integer cents (EUR, before VAT).
 */

/** The most any single price may be: 10 000 € a month. */
export const MAX_PRICE_CENTS = 1_000_000;
export const MAX_FEATURES = 12;
export const MAX_YEARLY_DISCOUNT_PERCENT = 50;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const int = (min: number, max: number) =>
  z
    .number({ error: "number" })
    .refine(Number.isFinite, "number")
    .refine(Number.isInteger, "integer")
    .refine((n) => n >= min, min === 0 ? "notNegative" : "tooSmall")
    .refine((n) => n <= max, "tooLarge");

const cents = () =>
  z
    .number({ error: "number" })
    .refine(Number.isFinite, "number")
    .refine(Number.isInteger, "integer")
    .refine((n) => n >= 0, "notNegative")
    .refine((n) => n <= MAX_PRICE_CENTS, "priceTooHigh");

const text = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

export const localizedTextSchema = z.object({ fr: text(160), en: text(160) });

/** Limits of each resource: the smallest and largest a customer may choose. */
export const resourceLimits = {
  cpu: { min: 1, max: 256 },
  ram: { min: 1, max: 4096 },
  storage: { min: 1, max: 100_000 },
} as const;

const planFields = z.object({
  name: text(60),
  slug: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(60, "tooLong")
    .regex(SLUG_PATTERN, "slugFormat"),
  tagline: localizedTextSchema,
  features: z
    .array(z.object({ fr: text(120), en: text(120) }))
    .min(1, "featuresMin")
    .max(MAX_FEATURES, "featuresMax"),
  isCustom: z.boolean(),
  active: z.boolean(),
  highlighted: z.boolean(),
  monthlyPriceCents: cents(),
  yearlyDiscountPercent: int(0, MAX_YEARLY_DISCOUNT_PERCENT),
  cpuIncluded: int(resourceLimits.cpu.min, resourceLimits.cpu.max),
  cpuMin: int(resourceLimits.cpu.min, resourceLimits.cpu.max),
  cpuMax: int(resourceLimits.cpu.min, resourceLimits.cpu.max),
  cpuUnitCents: cents(),
  ramIncludedGb: int(resourceLimits.ram.min, resourceLimits.ram.max),
  ramMinGb: int(resourceLimits.ram.min, resourceLimits.ram.max),
  ramMaxGb: int(resourceLimits.ram.min, resourceLimits.ram.max),
  ramUnitCents: cents(),
  storageIncludedGb: int(resourceLimits.storage.min, resourceLimits.storage.max),
  storageMinGb: int(resourceLimits.storage.min, resourceLimits.storage.max),
  storageMaxGb: int(resourceLimits.storage.min, resourceLimits.storage.max),
  storageUnitCents: cents(),
  sslIncluded: z.boolean(),
  sslCents: cents(),
  backupIncluded: z.boolean(),
  backupCents: cents(),
  cdnIncluded: z.boolean(),
  cdnCents: cents(),
  /** null = unlimited. */
  bandwidthGb: int(1, 1_000_000).nullable(),
  /** null = unlimited. */
  websites: int(1, 10_000).nullable(),
});

type PlanFields = z.infer<typeof planFields>;

/** The resource triples checked together: min ≤ included ≤ max. */
export const resourceRanges = [
  { min: "cpuMin", included: "cpuIncluded", max: "cpuMax" },
  { min: "ramMinGb", included: "ramIncludedGb", max: "ramMaxGb" },
  { min: "storageMinGb", included: "storageIncludedGb", max: "storageMaxGb" },
] as const satisfies ReadonlyArray<Record<"min" | "included" | "max", keyof PlanFields>>;

function checkRanges(plan: PlanFields, ctx: z.RefinementCtx) {
  for (const range of resourceRanges) {
    const min = plan[range.min];
    const included = plan[range.included];
    const max = plan[range.max];
    if (![min, included, max].every(Number.isFinite)) continue;
    if (min > max) ctx.addIssue({ code: "custom", path: [range.max], message: "rangeOrder" });
    else if (included < min || included > max) ctx.addIssue({ code: "custom", path: [range.included], message: "rangeOrder" });
  }
}

/** A plan as created or fully replaced (REST `POST` and `PUT` bodies). */
export const planInputSchema = planFields.superRefine(checkRanges);
export type PlanInput = z.output<typeof planInputSchema>;
export type PlanFormValues = z.input<typeof planInputSchema>;

const idSchema = z.string({ error: "required" }).trim().min(1, "required").max(100, "tooLong");

/** The plan editor's update: the plan's id and its new values. */
export const planUpdateSchema = planFields.extend({ id: idSchema }).superRefine(checkRanges);

export const planIdSchema = z.object({ id: idSchema });

/** A plan as the API answers it: its values, id, place in the display order and dates. */
export const planSchema = planFields
  .extend({ id: z.string(), sortOrder: z.number().int(), createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .meta({
    description: "A hosting plan. Money is integer cents (EUR, before VAT); resources in cores and GB; null limits are unlimited",
  });

/** The plans on sale, in display order. */
export const planListResponse = z.object({ plans: z.array(planSchema) });

export const planActiveSchema = z.object({ id: idSchema, active: z.boolean() });

/** Every plan's id, in the new display order. */
export const planReorderSchema = z.object({
  ids: z
    .array(idSchema)
    .min(1, "required")
    .max(500, "tooLong")
    .refine((ids) => new Set(ids).size === ids.length, "duplicateIds"),
});

/** The editor's starting values for a new plan. */
export const emptyPlan: PlanInput = {
  name: "",
  slug: "",
  tagline: { fr: "", en: "" },
  features: [{ fr: "", en: "" }],
  isCustom: false,
  active: false,
  highlighted: false,
  monthlyPriceCents: 0,
  yearlyDiscountPercent: 0,
  cpuIncluded: 1,
  cpuMin: 1,
  cpuMax: 4,
  cpuUnitCents: 0,
  ramIncludedGb: 1,
  ramMinGb: 1,
  ramMaxGb: 8,
  ramUnitCents: 0,
  storageIncludedGb: 10,
  storageMinGb: 10,
  storageMaxGb: 100,
  storageUnitCents: 0,
  sslIncluded: false,
  sslCents: 0,
  backupIncluded: false,
  backupCents: 0,
  cdnIncluded: false,
  cdnCents: 0,
  bandwidthGb: null,
  websites: null,
};

/** Turns a plan name into a slug suggestion: "Pro Max" → "pro-max". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
