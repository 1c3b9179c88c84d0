import { getTranslations } from "next-intl/server";
import { IntentLink } from "./intent-link";

export async function Logo({ href = "/" }: { href?: string }) {
  const t = await getTranslations("brand");
  return (
    <IntentLink href={href} className="ui-logo">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <circle cx="16" cy="16" r="7" className="fill-primary" />
        <ellipse cx="16" cy="16" rx="14" ry="6" transform="rotate(-28 16 16)" className="fill-none stroke-primary/60" strokeWidth="2" />
        <circle cx="27.5" cy="10" r="2.2" className="fill-primary" />
      </svg>
      <span className="text-lg">{t("name")}</span>
    </IntentLink>
  );
}
