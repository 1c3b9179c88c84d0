import { registerUrl } from "@/lib/auth/callback-url";
import { configurationSearchParams, type ConfigurablePlan, type Configuration } from "@/lib/hosting/pricing";

/** A plan as the pricing page shows it: serializable, texts already in the UI locale. */
export type PlanView = ConfigurablePlan & {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  features: string[];
  highlighted: boolean;
  isCustom: boolean;
  bandwidthGb: number | null;
  websites: number | null;
};

type Localized = { fr: string; en: string };
type Locale = keyof Localized;

type PlanRow = Omit<PlanView, "tagline" | "features"> & { tagline: unknown; features: unknown };

const localize = (value: unknown, locale: Locale): string => {
  const text = value as Partial<Localized> | null;
  return text?.[locale] ?? text?.fr ?? "";
};

/** Keeps only what the page needs from a `HostingPlan` row (no dates, no relations). */
export function toPlanView(plan: PlanRow, locale: string): PlanView {
  const lang: Locale = locale === "en" ? "en" : "fr";
  return {
    id: plan.id,
    slug: plan.slug,
    name: plan.name,
    tagline: localize(plan.tagline, lang),
    features: Array.isArray(plan.features) ? plan.features.map((f) => localize(f, lang)) : [],
    highlighted: plan.highlighted,
    isCustom: plan.isCustom,
    bandwidthGb: plan.bandwidthGb,
    websites: plan.websites,
    monthlyPriceCents: plan.monthlyPriceCents,
    yearlyDiscountPercent: plan.yearlyDiscountPercent,
    cpuIncluded: plan.cpuIncluded,
    cpuMin: plan.cpuMin,
    cpuMax: plan.cpuMax,
    cpuUnitCents: plan.cpuUnitCents,
    ramIncludedGb: plan.ramIncludedGb,
    ramMinGb: plan.ramMinGb,
    ramMaxGb: plan.ramMaxGb,
    ramUnitCents: plan.ramUnitCents,
    storageIncludedGb: plan.storageIncludedGb,
    storageMinGb: plan.storageMinGb,
    storageMaxGb: plan.storageMaxGb,
    storageUnitCents: plan.storageUnitCents,
    sslIncluded: plan.sslIncluded,
    sslCents: plan.sslCents,
    backupIncluded: plan.backupIncluded,
    backupCents: plan.backupCents,
    cdnIncluded: plan.cdnIncluded,
    cdnCents: plan.cdnCents,
  };
}

/**
 * Where "Choose" leads: the request form with the configuration in its query,
 * through registration (keeping the choice in `callbackUrl`) when signed out.
 */
export function requestHref(planSlug: string, config: Configuration, signedIn: boolean): string {
  const target = `/hosting/request?${configurationSearchParams(planSlug, config)}`;
  return signedIn ? target : registerUrl(target);
}
