import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CallbackLink } from "@/components/auth/callback";
import { RegisterForm } from "@/components/auth/register-form";
import { ClientMessages } from "@/components/client-messages";
import { isLocale, type Locale } from "@/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "fr";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await localeOf(params), namespace: "auth" }))("registerTitle") };
}

/** Served from cache, the same for every visitor: the way back (`?callbackUrl=`) is read by the browser. */
export default async function RegisterPage({ params }: Props) {
  setRequestLocale(await localeOf(params));
  const t = await getTranslations("auth");
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("registerTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("registerSubtitle")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <RegisterForm />
      </ClientMessages>
      <p className="text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <CallbackLink to="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("submitLogin")}
        </CallbackLink>
      </p>
    </div>
  );
}
