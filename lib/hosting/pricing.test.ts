import { describe, expect, it } from "vitest";
import { quote, type Configuration, type PlanPricing } from "./pricing";

const pro: PlanPricing = {
  monthlyPriceCents: 1499,
  yearlyDiscountPercent: 15,
  cpuIncluded: 2,
  cpuUnitCents: 400,
  ramIncludedGb: 4,
  ramUnitCents: 200,
  storageIncludedGb: 80,
  storageUnitCents: 5,
  sslIncluded: true,
  sslCents: 0,
  backupIncluded: false,
  backupCents: 300,
  cdnIncluded: false,
  cdnCents: 500,
};

const base: Configuration = { cpuCores: 2, ramGb: 4, storageGb: 80, ssl: true, backup: false, cdn: false, billingCycle: "MONTHLY" };

describe("quote", () => {
  it("charges the plan price for the included resources", () => {
    expect(quote(pro, base)).toEqual({ monthlyCents: 1499, yearlyCents: 15290, subtotalCents: 1499, vatCents: 300, totalCents: 1799 });
  });

  it("adds extra units and paid options", () => {
    const q = quote(pro, { ...base, cpuCores: 4, ramGb: 8, storageGb: 100, backup: true, cdn: true });
    // 1499 + 2×400 + 4×200 + 20×5 + 300 + 500
    expect(q.monthlyCents).toBe(3999);
  });

  it("never credits resources below the included amount", () => {
    expect(quote(pro, { ...base, cpuCores: 1, ramGb: 2, storageGb: 20 }).monthlyCents).toBe(1499);
  });

  it("bills twelve discounted months on the yearly cycle, VAT rounded to the cent", () => {
    const q = quote(pro, { ...base, billingCycle: "YEARLY" });
    expect(q.subtotalCents).toBe(15290); // 1499 × 12 × 0.85 = 15289.8
    expect(q.vatCents).toBe(3058);
    expect(q.totalCents).toBe(18348);
  });
});
