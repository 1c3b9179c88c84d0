/**
 * The one pricing rule set, shared by the pricing page, the request form's
 * summary and the server. Money is integer cents, EUR, before VAT unless said.
 */
export const VAT_RATE_PERCENT = 20;

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

export type Configuration = {
  cpuCores: number;
  ramGb: number;
  storageGb: number;
  ssl: boolean;
  backup: boolean;
  cdn: boolean;
  billingCycle: "MONTHLY" | "YEARLY";
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

export function quote(plan: PlanPricing, config: Configuration): Quote {
  const monthlyCents =
    plan.monthlyPriceCents +
    extra(config.cpuCores, plan.cpuIncluded) * plan.cpuUnitCents +
    extra(config.ramGb, plan.ramIncludedGb) * plan.ramUnitCents +
    extra(config.storageGb, plan.storageIncludedGb) * plan.storageUnitCents +
    option(config.ssl, plan.sslIncluded, plan.sslCents) +
    option(config.backup, plan.backupIncluded, plan.backupCents) +
    option(config.cdn, plan.cdnIncluded, plan.cdnCents);
  const yearlyCents = Math.round((monthlyCents * 12 * (100 - plan.yearlyDiscountPercent)) / 100);
  const subtotalCents = config.billingCycle === "YEARLY" ? yearlyCents : monthlyCents;
  const vatCents = Math.round((subtotalCents * VAT_RATE_PERCENT) / 100);
  return { monthlyCents, yearlyCents, subtotalCents, vatCents, totalCents: subtotalCents + vatCents };
}
