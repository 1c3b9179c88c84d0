import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { Providers } from "@/components/providers";
import { ViewerProvider } from "@/components/public/viewer";
import { isLocale } from "@/i18n/locales";
import { geistMono, geistSans } from "@/lib/fonts";
import "../globals.css";

/**
 * The root layout of the public pages (pricing, status, sign-in, registration), rendered once per
 * language and served from Next's cache: it reads nothing of the request. The proxy rewrites
 * `/pricing` to `/<language>/pricing` from the visitor's cookie or Accept-Language; the URL they
 * see has no language in it. Who is signed in is asked by the browser (`ViewerProvider`). The other
 * areas have their own root layout, app/(app)/layout.tsx, which reads the session.
 */

// Rendered on the first request for each language, never at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · Orbite` }, description: t("description") };
}

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} suppressHydrationWarning className={`${geistSans.variable} ${geistMono.variable}`}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        {/* The sign-in pages add what their forms read; the other pages have none. */}
        <ClientMessages forms={false}>
          {/* No nonce: the page's inline scripts are allowed by their hashes (cache-handler.mjs). */}
          <Providers realtime={null} cached>
            <ViewerProvider>{children}</ViewerProvider>
          </Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
