import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ClientMessages } from "@/components/client-messages";
import { tokenIsUsable } from "@/lib/accounts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("resetTitle") };
}

/** Where a password reset email's link lands: the set-password form, for a reset link only. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const [t, tAuth] = await Promise.all([getTranslations("forgotPassword"), getTranslations("auth")]);
  const usable = typeof token === "string" && (await tokenIsUsable(token, ["PASSWORD_RESET"]));
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{usable ? t("resetTitle") : tAuth("linkInvalidTitle")}</h1>
        <p className="text-sm text-muted-foreground">{usable ? t("resetSubtitle") : tAuth("linkInvalidSubtitle")}</p>
      </div>
      {usable ? (
        <ClientMessages namespaces={["auth"]}>
          <SetPasswordForm token={token} />
        </ClientMessages>
      ) : null}
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-center text-sm text-muted-foreground">
        {usable ? null : (
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("askAgain")}
          </Link>
        )}
        <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          {tAuth("backToLogin")}
        </Link>
      </p>
    </div>
  );
}
