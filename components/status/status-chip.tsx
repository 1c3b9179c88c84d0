"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { statusVariant, type StatusKind, type variants } from "./status-variants";

/** The client twin of `StatusBadge`: a translated, coloured badge for one of the product's enumerations. */
export function StatusChip<K extends StatusKind>({ kind, value }: { kind: K; value: keyof (typeof variants)[K] & string }) {
  const t = useTranslations(kind) as unknown as (key: string) => string;
  return <Badge variant={statusVariant(kind, value)}>{t(value)}</Badge>;
}
