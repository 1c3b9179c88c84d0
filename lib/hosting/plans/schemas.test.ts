import { describe, expect, it } from "vitest";
import { fieldErrorsFromIssues } from "../../errors";
import { emptyPlan, planInputSchema, planReorderSchema, planUpdateSchema, slugify, type PlanInput } from "./schemas";

const pro: PlanInput = {
  ...emptyPlan,
  name: "Pro",
  slug: "pro",
  tagline: { fr: "Pour les boutiques", en: "For shops" },
  features: [{ fr: "10 sites web", en: "10 websites" }],
  active: true,
  monthlyPriceCents: 1499,
  yearlyDiscountPercent: 15,
  cpuIncluded: 2,
  cpuMin: 2,
  cpuMax: 8,
  cpuUnitCents: 400,
  bandwidthGb: 2000,
  websites: 10,
};

function errors(value: unknown) {
  const result = planInputSchema.safeParse(value);
  return result.success ? {} : fieldErrorsFromIssues(result.error.issues);
}

describe("planInputSchema", () => {
  it("accepts a valid plan and trims its texts", () => {
    const result = planInputSchema.parse({ ...pro, name: "  Pro  ", tagline: { fr: " Boutiques ", en: "Shops " } });
    expect(result.name).toBe("Pro");
    expect(result.tagline).toEqual({ fr: "Boutiques", en: "Shops" });
  });

  it("accepts unlimited bandwidth and websites as null", () => {
    expect(planInputSchema.safeParse({ ...pro, bandwidthGb: null, websites: null }).success).toBe(true);
  });

  it("refuses a slug that is not lowercase letters, digits and dashes", () => {
    for (const slug of ["Pro", "pro plan", "pro_plan", "-pro", "pro-", "pro--max", "é"]) {
      expect(errors({ ...pro, slug }).slug).toEqual(["slugFormat"]);
    }
    expect(errors({ ...pro, slug: "pro-max-2" }).slug).toBeUndefined();
    expect(errors({ ...pro, slug: "" }).slug).toEqual(["required"]);
  });

  it("requires both languages of the tagline and of each feature", () => {
    const fields = errors({ ...pro, tagline: { fr: "", en: "Shops" }, features: [{ fr: "Un", en: " " }] });
    expect(fields["tagline.fr"]).toEqual(["required"]);
    expect(fields["features.0.en"]).toEqual(["required"]);
  });

  it("wants between 1 and 12 features", () => {
    expect(errors({ ...pro, features: [] }).features).toEqual(["featuresMin"]);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ fr: `f${i}`, en: `f${i}` }));
    expect(errors({ ...pro, features: thirteen }).features).toEqual(["featuresMax"]);
  });

  it("keeps min ≤ included ≤ max for every resource", () => {
    expect(errors({ ...pro, cpuIncluded: 1 }).cpuIncluded).toEqual(["rangeOrder"]);
    expect(errors({ ...pro, cpuIncluded: 9 }).cpuIncluded).toEqual(["rangeOrder"]);
    expect(errors({ ...pro, ramMinGb: 32, ramIncludedGb: 32, ramMaxGb: 16 }).ramMaxGb).toEqual(["rangeOrder"]);
    expect(errors({ ...pro, storageIncludedGb: 5, storageMinGb: 10 }).storageIncludedGb).toEqual(["rangeOrder"]);
  });

  it("refuses negative, fractional, non-numeric and absurd amounts", () => {
    expect(errors({ ...pro, monthlyPriceCents: -1 }).monthlyPriceCents).toEqual(["notNegative"]);
    expect(errors({ ...pro, monthlyPriceCents: 12.5 }).monthlyPriceCents).toEqual(["integer"]);
    expect(errors({ ...pro, monthlyPriceCents: Number.NaN }).monthlyPriceCents).toEqual(["number"]);
    expect(errors({ ...pro, monthlyPriceCents: "1499" }).monthlyPriceCents).toEqual(["number"]);
    expect(errors({ ...pro, cdnCents: 1_000_001 }).cdnCents).toEqual(["priceTooHigh"]);
    expect(errors({ ...pro, cpuMin: 0, cpuIncluded: 0 }).cpuMin).toEqual(["tooSmall"]);
    expect(errors({ ...pro, websites: 0 }).websites).toEqual(["tooSmall"]);
  });

  it("limits the yearly discount to 0–50 %", () => {
    expect(errors({ ...pro, yearlyDiscountPercent: 51 }).yearlyDiscountPercent).toEqual(["tooLarge"]);
    expect(errors({ ...pro, yearlyDiscountPercent: -5 }).yearlyDiscountPercent).toEqual(["notNegative"]);
    expect(errors({ ...pro, yearlyDiscountPercent: 50 }).yearlyDiscountPercent).toBeUndefined();
  });

  it("the editor's blank plan only lacks its texts", () => {
    expect(Object.keys(errors(emptyPlan)).sort()).toEqual(["features.0.en", "features.0.fr", "name", "slug", "tagline.en", "tagline.fr"]);
  });
});

describe("planUpdateSchema", () => {
  it("needs the plan's id and applies the same rules", () => {
    expect(planUpdateSchema.safeParse(pro).success).toBe(false);
    expect(planUpdateSchema.safeParse({ ...pro, id: "plan_pro" }).success).toBe(true);
    const result = planUpdateSchema.safeParse({ ...pro, id: "plan_pro", cpuIncluded: 99 });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(["rangeOrder"]);
  });
});

describe("planReorderSchema", () => {
  it("wants a non-empty list of distinct ids", () => {
    expect(planReorderSchema.safeParse({ ids: ["a", "b"] }).success).toBe(true);
    expect(planReorderSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(planReorderSchema.safeParse({ ids: ["a", "a"] }).success).toBe(false);
  });
});

describe("slugify", () => {
  it("suggests a valid slug from a name", () => {
    expect(slugify("Pro Max")).toBe("pro-max");
    expect(slugify("  Éco  Plus!! ")).toBe("eco-plus");
  });
});
