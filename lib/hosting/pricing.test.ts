import { describe, expect, it } from "vitest";
import { plans as seedPlans } from "../../prisma/seed/plans";
import {
  clampConfiguration,
  configurationSearchParams,
  defaultConfiguration,
  detailedQuote,
  isValidConfiguration,
  quote,
  validateConfiguration,
  vatOn,
  yearlyPrice,
  type Configuration,
  type PlanPricing,
} from "./pricing";

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

describe("every plan of the seed", () => {
  const bySlug = (slug: string) => seedPlans.find((p) => p.slug === slug)!;

  it.each(seedPlans.map((p) => [p.slug, p] as const))("%s: the default configuration costs the plan price and is valid", (_slug, plan) => {
    const config = defaultConfiguration(plan);
    expect(config).toMatchObject({ cpuCores: plan.cpuIncluded, ramGb: plan.ramIncludedGb, storageGb: plan.storageIncludedGb });
    expect(config.ssl).toBe(plan.sslIncluded);
    expect(config.backup).toBe(plan.backupIncluded);
    expect(config.cdn).toBe(plan.cdnIncluded);
    expect(validateConfiguration(plan, config)).toEqual({});
    const q = detailedQuote(plan, config);
    expect(q.monthlyCents).toBe(plan.monthlyPriceCents);
    expect(q.lines.reduce((sum, line) => sum + line.monthlyCents, 0)).toBe(q.monthlyCents);
  });

  it.each(seedPlans.map((p) => [p.slug, p] as const))(
    "%s: the maximum configuration adds every extra unit and paid option",
    (_slug, plan) => {
      const config = {
        ...defaultConfiguration(plan),
        cpuCores: plan.cpuMax,
        ramGb: plan.ramMaxGb,
        storageGb: plan.storageMaxGb,
        ssl: true,
        backup: true,
        cdn: true,
      };
      expect(validateConfiguration(plan, config)).toEqual({});
      const expected =
        plan.monthlyPriceCents +
        (plan.cpuMax - plan.cpuIncluded) * plan.cpuUnitCents +
        (plan.ramMaxGb - plan.ramIncludedGb) * plan.ramUnitCents +
        (plan.storageMaxGb - plan.storageIncludedGb) * plan.storageUnitCents +
        (plan.sslIncluded ? 0 : plan.sslCents) +
        (plan.backupIncluded ? 0 : plan.backupCents) +
        (plan.cdnIncluded ? 0 : plan.cdnCents);
      const q = detailedQuote(plan, config);
      expect(q.monthlyCents).toBe(expected);
      expect(q.lines.reduce((sum, line) => sum + line.monthlyCents, 0)).toBe(expected);
    },
  );

  it("Starter: 2 vCPU, 4 GB, 100 GB with SSL, backup and CDN", () => {
    const starter = bySlug("starter");
    const q = detailedQuote(starter, {
      cpuCores: 2,
      ramGb: 4,
      storageGb: 100,
      ssl: true,
      backup: true,
      cdn: true,
      billingCycle: "MONTHLY",
    });
    // 499 + 1×400 + 2×200 + 80×5 + 300 + 200 + 400
    expect(q.monthlyCents).toBe(2599);
    expect(q.lines.map((l) => [l.key, l.quantity, l.monthlyCents])).toEqual([
      ["base", 1, 499],
      ["cpu", 1, 400],
      ["ram", 2, 400],
      ["storage", 80, 400],
      ["ssl", 1, 300],
      ["backup", 1, 200],
      ["cdn", 1, 400],
    ]);
    expect(q.vatCents).toBe(520); // 519.8
    expect(q.totalCents).toBe(3119);
  });

  it("Pro: 4 vCPU monthly and yearly (the e2e figures)", () => {
    const pro = bySlug("pro");
    const monthly = detailedQuote(pro, { ...defaultConfiguration(pro), cpuCores: 4 });
    expect(monthly.monthlyCents).toBe(2299); // 1499 + 2×400
    expect(monthly.totalCents).toBe(2759); // + 459.8 VAT
    const yearly = detailedQuote(pro, { ...defaultConfiguration(pro), cpuCores: 4, billingCycle: "YEARLY" });
    expect(yearly.yearlyCents).toBe(23450); // 2299 × 12 × 0.85 = 23449.8
    expect(yearly.subtotalCents).toBe(23450);
    expect(yearly.vatCents).toBe(4690);
    expect(yearly.totalCents).toBe(28140);
    expect(yearly.yearlyPerMonthCents).toBe(1954); // 1954.17
    expect(yearly.perMonthCents).toBe(1954);
    expect(yearly.yearlySavingsCents).toBe(2299 * 12 - 23450);
  });

  it("Enterprise: included options are shown as included and never billed, 20 % yearly", () => {
    const enterprise = bySlug("enterprise");
    const q = detailedQuote(enterprise, { ...defaultConfiguration(enterprise), billingCycle: "YEARLY" });
    expect(q.lines.filter((l) => l.included).map((l) => l.key)).toEqual(["ssl", "backup", "cdn"]);
    expect(q.monthlyCents).toBe(4999);
    expect(q.yearlyCents).toBe(47990); // 4999 × 12 × 0.8 = 47990.4
    expect(q.yearlyPerMonthCents).toBe(3999); // 3999.17
    expect(q.vatCents).toBe(9598);
    expect(q.totalCents).toBe(57588);
  });

  it("Custom: starts at its minimum, 10 % yearly", () => {
    const custom = bySlug("custom");
    const config = { ...defaultConfiguration(custom), cpuCores: 4, ramGb: 8, storageGb: 100, ssl: true, billingCycle: "YEARLY" as const };
    const q = detailedQuote(custom, config);
    // 990 + 3×450 + 7×220 + 90×5 + 300
    expect(q.monthlyCents).toBe(4630);
    expect(q.yearlyCents).toBe(50004); // 4630 × 12 × 0.9
    expect(q.vatCents).toBe(10001); // 10000.8
    expect(q.totalCents).toBe(60005);
  });
});

describe("ranges", () => {
  const pro = seedPlans.find((p) => p.slug === "pro")!;
  const valid = defaultConfiguration(pro);

  it("reports each out-of-range field with the bound", () => {
    expect(validateConfiguration(pro, { ...valid, cpuCores: 1, ramGb: 17, storageGb: 80 })).toEqual({
      cpuCores: { code: "tooSmall", min: 2 },
      ramGb: { code: "tooBig", max: 16 },
    });
    expect(validateConfiguration(pro, { ...valid, storageGb: 501 })).toEqual({ storageGb: { code: "tooBig", max: 500 } });
  });

  it("accepts both bounds", () => {
    expect(validateConfiguration(pro, { ...valid, cpuCores: 2, ramGb: 16, storageGb: 500 })).toEqual({});
    expect(isValidConfiguration(pro, { ...valid, cpuCores: 8 })).toBe(true);
  });

  it("refuses fractions, NaN, a bad cycle and non-boolean options", () => {
    const bad = { ...valid, cpuCores: 2.5, ramGb: Number.NaN, billingCycle: "WEEKLY", cdn: "yes" } as unknown as Configuration;
    expect(validateConfiguration(pro, bad)).toEqual({
      cpuCores: { code: "notInteger" },
      ramGb: { code: "notInteger" },
      cdn: { code: "invalid" },
      billingCycle: { code: "invalid" },
    });
  });

  it("clamps into the ranges, rounds, keeps included options on", () => {
    expect(clampConfiguration(pro, { ...valid, cpuCores: 99, ramGb: 0, storageGb: 120.6, ssl: false, backup: true })).toEqual({
      cpuCores: 8,
      ramGb: 4,
      storageGb: 121,
      ssl: true,
      backup: true,
      cdn: false,
      billingCycle: "MONTHLY",
    });
    expect(clampConfiguration(pro, { ...valid, cpuCores: Number.NaN }).cpuCores).toBe(2);
    const clamped = clampConfiguration(pro, { ...valid, cpuCores: -3, storageGb: 10_000 });
    expect(validateConfiguration(pro, clamped)).toEqual({});
  });
});

describe("rounding and VAT", () => {
  it("rounds VAT half up to the cent", () => {
    expect(vatOn(1499)).toBe(300); // 299.8
    expect(vatOn(1)).toBe(0); // 0.2
    expect(vatOn(3)).toBe(1); // 0.6
    expect(vatOn(10_000)).toBe(2000);
  });

  it("rounds the yearly price once, on the total", () => {
    expect(yearlyPrice(1499, 15)).toBe(15290);
    expect(yearlyPrice(499, 15)).toBe(5090); // 5089.8
    expect(yearlyPrice(1000, 0)).toBe(12000);
  });

  it("the total is always subtotal plus VAT", () => {
    for (const plan of seedPlans) {
      for (const billingCycle of ["MONTHLY", "YEARLY"] as const) {
        const q = quote(plan, { ...defaultConfiguration(plan), billingCycle });
        expect(q.totalCents).toBe(q.subtotalCents + q.vatCents);
        expect(Number.isInteger(q.totalCents)).toBe(true);
      }
    }
  });
});

describe("configurationSearchParams", () => {
  it("encodes the request form's query", () => {
    const pro = seedPlans.find((p) => p.slug === "pro")!;
    expect(configurationSearchParams("pro", { ...defaultConfiguration(pro, "YEARLY"), cpuCores: 4, cdn: true })).toBe(
      "plan=pro&cpu=4&ram=4&storage=80&ssl=1&backup=0&cdn=1&cycle=YEARLY",
    );
  });
});
