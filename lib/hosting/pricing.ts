/**
 * The one pricing rule set, shared by the pricing page, the request form's
 * summary and the server. Money is integer cents, EUR, before VAT unless said.
 * Pure: no server import, safe in client components.
 */
export const VAT_RATE_PERCENT = 20;

import { BillingCycle } from "../generated/prisma/enums.ts";

export { BillingCycle };
export const BILLING_CYCLES = Object.values(BillingCycle);

export type PlanPricing = {
  monthlyPriceCents: number;
  yearlyDiscountPercent: number;
  cpuIncluded: number;
  cpuUnitCents: number;
  ramIncludedGb: number;
  ramUnitCents: number;
  storageIncludedGb: number;
  storageUnitCents: number;
  sslIncluded: boolean;
  sslCents: number;
  backupIncluded: boolean;
  backupCents: number;
  cdnIncluded: boolean;
  cdnCents: number;
};

/** What a customer may choose on a plan, bounds included. */
export type PlanRanges = {
  cpuMin: number;
  cpuMax: number;
  ramMinGb: number;
  ramMaxGb: number;
  storageMinGb: number;
  storageMaxGb: number;
};

/** A plan as the configurator needs it: prices and ranges (a `HostingPlan` row fits). */
export type ConfigurablePlan = PlanPricing & PlanRanges;

export type Configuration = {
  cpuCores: number;
  ramGb: number;
  storageGb: number;
  ssl: boolean;
  backup: boolean;
  cdn: boolean;
  billingCycle: BillingCycle;
};

export type Quote = {
  /** Price of one month of this configuration, before any discount. */
  monthlyCents: number;
  /** Price of twelve months with the yearly discount applied. */
  yearlyCents: number;
  /** What one billing period costs before VAT. */
  subtotalCents: number;
  vatCents: number;
  /** What one billing period costs with VAT. */
  totalCents: number;
};

const extra = (chosen: number, included: number) => Math.max(0, chosen - included);
const option = (chosen: boolean, included: boolean, cents: number) => (chosen && !included ? cents : 0);

/** VAT on an amount before VAT, rounded to the nearest cent. */
export function vatOn(cents: number): number {
  return Math.round((cents * VAT_RATE_PERCENT) / 100);
}

/** Twelve months of `monthlyCents` with the plan's yearly discount, rounded to the cent. */
export function yearlyPrice(monthlyCents: number, yearlyDiscountPercent: number): number {
  return Math.round((monthlyCents * 12 * (100 - yearlyDiscountPercent)) / 100);
}

export function quote(plan: PlanPricing, config: Configuration): Quote {
  const monthlyCents =
    plan.monthlyPriceCents +
    extra(config.cpuCores, plan.cpuIncluded) * plan.cpuUnitCents +
    extra(config.ramGb, plan.ramIncludedGb) * plan.ramUnitCents +
    extra(config.storageGb, plan.storageIncludedGb) * plan.storageUnitCents +
    option(config.ssl, plan.sslIncluded, plan.sslCents) +
    option(config.backup, plan.backupIncluded, plan.backupCents) +
    option(config.cdn, plan.cdnIncluded, plan.cdnCents);
  const yearlyCents = yearlyPrice(monthlyCents, plan.yearlyDiscountPercent);
  const subtotalCents = config.billingCycle === "YEARLY" ? yearlyCents : monthlyCents;
  const vatCents = vatOn(subtotalCents);
  return { monthlyCents, yearlyCents, subtotalCents, vatCents, totalCents: subtotalCents + vatCents };
}

export type QuoteLineKey = "base" | "cpu" | "ram" | "storage" | "ssl" | "backup" | "cdn";

/** One line of the monthly breakdown, before discount and VAT. */
export type QuoteLine = {
  key: QuoteLineKey;
  /** Extra units billed (vCPU, GB), 1 for the base and a chosen option, 0 otherwise. */
  quantity: number;
  unitCents: number;
  /** `quantity × unitCents`: what this line adds to one month. */
  monthlyCents: number;
  /** True for an option the plan includes (shown, never billed). */
  included: boolean;
};

export type DetailedQuote = Quote & {
  billingCycle: BillingCycle;
  /** The lines summing to `monthlyCents`, in display order. */
  lines: QuoteLine[];
  /** One month on the yearly cycle: `yearlyCents / 12`, rounded to the cent. */
  yearlyPerMonthCents: number;
  /** What the yearly cycle saves over twelve monthly payments, before VAT. */
  yearlySavingsCents: number;
  /** What one month costs on the chosen cycle, before VAT. */
  perMonthCents: number;
};

/** `quote()` with the per-line breakdown and the yearly per-month equivalent. */
export function detailedQuote(plan: PlanPricing, config: Configuration): DetailedQuote {
  const base = quote(plan, config);
  const resource = (key: QuoteLineKey, chosen: number, included: number, unitCents: number): QuoteLine => {
    const quantity = extra(chosen, included);
    return { key, quantity, unitCents, monthlyCents: quantity * unitCents, included: false };
  };
  const opt = (key: QuoteLineKey, chosen: boolean, included: boolean, cents: number): QuoteLine => {
    const billed = chosen && !included;
    return { key, quantity: billed ? 1 : 0, unitCents: cents, monthlyCents: billed ? cents : 0, included };
  };
  const lines: QuoteLine[] = [
    { key: "base", quantity: 1, unitCents: plan.monthlyPriceCents, monthlyCents: plan.monthlyPriceCents, included: false },
    resource("cpu", config.cpuCores, plan.cpuIncluded, plan.cpuUnitCents),
    resource("ram", config.ramGb, plan.ramIncludedGb, plan.ramUnitCents),
    resource("storage", config.storageGb, plan.storageIncludedGb, plan.storageUnitCents),
    opt("ssl", config.ssl, plan.sslIncluded, plan.sslCents),
    opt("backup", config.backup, plan.backupIncluded, plan.backupCents),
    opt("cdn", config.cdn, plan.cdnIncluded, plan.cdnCents),
  ];
  const yearlyPerMonthCents = Math.round(base.yearlyCents / 12);
  return {
    ...base,
    billingCycle: config.billingCycle,
    lines,
    yearlyPerMonthCents,
    yearlySavingsCents: base.monthlyCents * 12 - base.yearlyCents,
    perMonthCents: config.billingCycle === "YEARLY" ? yearlyPerMonthCents : base.monthlyCents,
  };
}

/** The plan as sold: included resources, included options on, paid ones off. */
export function defaultConfiguration(plan: ConfigurablePlan, billingCycle: BillingCycle = "MONTHLY"): Configuration {
  return {
    cpuCores: clamp(plan.cpuIncluded, plan.cpuMin, plan.cpuMax),
    ramGb: clamp(plan.ramIncludedGb, plan.ramMinGb, plan.ramMaxGb),
    storageGb: clamp(plan.storageIncludedGb, plan.storageMinGb, plan.storageMaxGb),
    ssl: plan.sslIncluded,
    backup: plan.backupIncluded,
    cdn: plan.cdnIncluded,
    billingCycle,
  };
}

function clamp(value: number, min: number, max: number): number {
  const whole = Number.isFinite(value) ? Math.round(value) : min;
  return Math.min(max, Math.max(min, whole));
}

/**
 * The nearest valid configuration: whole numbers inside the plan's ranges,
 * included options on (they cannot be removed), a known billing cycle.
 */
export function clampConfiguration(plan: ConfigurablePlan, config: Configuration): Configuration {
  return {
    cpuCores: clamp(config.cpuCores, plan.cpuMin, plan.cpuMax),
    ramGb: clamp(config.ramGb, plan.ramMinGb, plan.ramMaxGb),
    storageGb: clamp(config.storageGb, plan.storageMinGb, plan.storageMaxGb),
    ssl: plan.sslIncluded || config.ssl === true,
    backup: plan.backupIncluded || config.backup === true,
    cdn: plan.cdnIncluded || config.cdn === true,
    billingCycle: config.billingCycle === "YEARLY" ? "YEARLY" : "MONTHLY",
  };
}

export type ConfigurationField = keyof Configuration;

/** Why a field was refused; `min`/`max` are the plan's bounds for the message. */
export type ConfigurationError =
  { code: "notInteger" } | { code: "tooSmall"; min: number } | { code: "tooBig"; max: number } | { code: "invalid" };

export type ConfigurationErrors = Partial<Record<ConfigurationField, ConfigurationError>>;

function checkRange(value: unknown, min: number, max: number): ConfigurationError | undefined {
  if (typeof value !== "number" || !Number.isInteger(value)) return { code: "notInteger" };
  if (value < min) return { code: "tooSmall", min };
  if (value > max) return { code: "tooBig", max };
  return undefined;
}

/**
 * Field-keyed errors for a configuration the plan does not allow (empty when
 * valid). The server refuses a request with any error; the client shows them.
 * Leaving an included option off is not an error: it stays included.
 */
export function validateConfiguration(plan: ConfigurablePlan, config: Configuration): ConfigurationErrors {
  const errors: ConfigurationErrors = {};
  const cpu = checkRange(config.cpuCores, plan.cpuMin, plan.cpuMax);
  if (cpu) errors.cpuCores = cpu;
  const ram = checkRange(config.ramGb, plan.ramMinGb, plan.ramMaxGb);
  if (ram) errors.ramGb = ram;
  const storage = checkRange(config.storageGb, plan.storageMinGb, plan.storageMaxGb);
  if (storage) errors.storageGb = storage;
  for (const field of ["ssl", "backup", "cdn"] as const) {
    if (typeof config[field] !== "boolean") errors[field] = { code: "invalid" };
  }
  if (!(BILLING_CYCLES as readonly string[]).includes(config.billingCycle)) errors.billingCycle = { code: "invalid" };
  return errors;
}

export function isValidConfiguration(plan: ConfigurablePlan, config: Configuration): boolean {
  return Object.keys(validateConfiguration(plan, config)).length === 0;
}

/** Query string of `/hosting/request` for a plan and configuration (`plan=pro&cpu=4&…&cycle=YEARLY`). */
export function configurationSearchParams(planSlug: string, config: Configuration): string {
  return new URLSearchParams({
    plan: planSlug,
    cpu: String(config.cpuCores),
    ram: String(config.ramGb),
    storage: String(config.storageGb),
    ssl: config.ssl ? "1" : "0",
    backup: config.backup ? "1" : "0",
    cdn: config.cdn ? "1" : "0",
    cycle: config.billingCycle,
  }).toString();
}
