import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenPasswordPage } from "@/components/auth/token-password-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("resetTitle") };
}

/** Where a password reset email's link lands: the set-password form, for a reset link only. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("forgotPassword");
  return (
    <TokenPasswordPage
      token={token}
      kinds={["PASSWORD_RESET"]}
      title={t("resetTitle")}
      subtitle={t("resetSubtitle")}
      askAgain={{ href: "/forgot-password", label: t("askAgain") }}
    />
  );
}
