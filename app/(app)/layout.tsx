import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { Providers } from "@/components/providers";
import { ToastOutlet } from "@/components/ui/toast-outlet";
import { currentUser } from "@/lib/auth/session";
import { geistMono, geistSans } from "@/lib/fonts";
import { realtimeClientConfig } from "@/lib/realtime/config";
import { nonceHeader } from "@/lib/security-headers";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · Orbite` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, user, requestHeaders] = await Promise.all([getLocale(), currentUser(), headers()]);
  // Signed out: null, and no realtime connection is ever opened.
  const realtime = await realtimeClientConfig(user);
  // The proxy's nonce for this answer: the theme script runs before the first paint (no flash) under the CSP.
  const nonce = requestHeaders.get(nonceHeader) ?? undefined;
  return (
    <html lang={locale} suppressHydrationWarning className={`${geistSans.variable} ${geistMono.variable}`}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <ClientMessages>
          <Providers realtime={realtime} nonce={nonce} toasts={<ToastOutlet />}>
            {children}
          </Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
