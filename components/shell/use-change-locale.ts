"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { isLocale, type Locale } from "@/i18n/locales";
import { setLocaleAction } from "@/lib/auth/actions";

export const localeNames: Record<Locale, string> = { fr: "Français", en: "English" };

/** Stores the chosen language (cookie, and profile when signed in) and re-renders the page. */
export function useChangeLocale() {
  const router = useRouter();
  const [, startTransition] = useTransition();
  return (value: string) => {
    if (!isLocale(value)) return;
    startTransition(async () => {
      await setLocaleAction({ locale: value });
      router.refresh();
    });
  };
}
