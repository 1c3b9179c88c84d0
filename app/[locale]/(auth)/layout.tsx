import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AuthFrame } from "@/components/auth/auth-frame";
import { isLocale } from "@/i18n/locales";

/** Sign-in and registration, served from cache like the other public pages (app/[locale]/layout.tsx). */
export default async function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  return <AuthFrame>{children}</AuthFrame>;
}
