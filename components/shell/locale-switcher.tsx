"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { locales } from "@/i18n/locales";
import { localeNames, useChangeLocale } from "./use-change-locale";

/**
 * Language switch for visitors who are not signed in. With two languages one button offering the
 * other one is enough, named in that language (the pattern bilingual sites use), and it keeps the
 * menu library out of the public pages' first load.
 */
export function LocaleSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const other = locales.find((l) => l !== locale) ?? locale;
  return (
    <Button variant="ghost" size="sm" lang={other} title={t("language")} onClick={() => changeLocale(other)}>
      <Languages aria-hidden="true" />
      {localeNames[other]}
    </Button>
  );
}
