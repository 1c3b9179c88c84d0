import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { ClientMessages } from "@/components/client-messages";
import { callbackParam, registerUrl } from "@/lib/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  // Only a path of this site is carried along; the action checks it again before following it.
  const callbackUrl = callbackParam((await searchParams).callbackUrl);
  const [t, tForgot] = await Promise.all([getTranslations("auth"), getTranslations("forgotPassword")]);
  const forgotLink = (
    <Link href="/forgot-password" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
      {tForgot("link")}
    </Link>
  );
  const registerHref = registerUrl(callbackUrl);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("loginTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("loginSubtitle")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <LoginForm callbackUrl={callbackUrl} forgotLink={forgotLink} />
      </ClientMessages>

      <p className="text-center text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <Link href={registerHref} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("registerTitle")}
        </Link>
      </p>
    </div>
  );
}
