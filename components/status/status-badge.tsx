import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { statusVariant, variants, type StatusKind } from "./status-variants";

type Kind = StatusKind;

/** A translated, coloured badge for any of the product's enumerations. */
export async function StatusBadge<K extends Kind>({ kind, value }: { kind: K; value: keyof (typeof variants)[K] & string }) {
  const t = (await getTranslations(kind)) as unknown as (key: string) => string;
  const variant = statusVariant(kind, value);
  return <Badge variant={variant}>{t(value)}</Badge>;
}
