import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { ClientMessages } from "@/components/client-messages";
import { callbackParam, loginUrl } from "@/lib/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  // Only a path of this site is carried along; the action checks it again before following it.
  const callbackUrl = callbackParam((await searchParams).callbackUrl);
  const t = await getTranslations("auth");
  const loginHref = loginUrl(callbackUrl);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("registerTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("registerSubtitle")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <RegisterForm callbackUrl={callbackUrl} />
      </ClientMessages>
      <p className="text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link href={loginHref} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("submitLogin")}
        </Link>
      </p>
    </div>
  );
}
