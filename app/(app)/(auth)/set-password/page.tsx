import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenPasswordPage } from "@/components/auth/token-password-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setPasswordTitle") };
}

/** Where a single-use link lands: a first password (an invitation, the first admin) or a reset. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <TokenPasswordPage
      token={token}
      kinds={["SET_PASSWORD", "PASSWORD_RESET"]}
      title={t("setPasswordTitle")}
      subtitle={t("setPasswordSubtitle")}
    />
  );
}
