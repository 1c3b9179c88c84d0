import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CallbackLink } from "@/components/auth/callback";
import { LoginForm } from "@/components/auth/login-form";
import { ClientMessages } from "@/components/client-messages";
import { isLocale, type Locale } from "@/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "fr";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await localeOf(params), namespace: "auth" }))("loginTitle") };
}

/** Served from cache, the same for every visitor: the way back (`?callbackUrl=`) is read by the browser. */
export default async function LoginPage({ params }: Props) {
  setRequestLocale(await localeOf(params));
  const [t, tForgot] = await Promise.all([getTranslations("auth"), getTranslations("forgotPassword")]);
  const forgotLink = (
    <Link href="/forgot-password" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
      {tForgot("link")}
    </Link>
  );
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("loginTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("loginSubtitle")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <LoginForm forgotLink={forgotLink} />
      </ClientMessages>

      <p className="text-center text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <CallbackLink to="/register" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("registerTitle")}
        </CallbackLink>
      </p>
    </div>
  );
}
