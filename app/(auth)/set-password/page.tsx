import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ClientMessages } from "@/components/client-messages";
import { tokenIsUsable } from "@/lib/accounts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setPasswordTitle") };
}

/** Where a single-use link lands: a first password (an invitation, the first admin) or a reset. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  const usable = typeof token === "string" && (await tokenIsUsable(token, ["SET_PASSWORD", "PASSWORD_RESET"]));
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{usable ? t("setPasswordTitle") : t("linkInvalidTitle")}</h1>
        <p className="text-sm text-muted-foreground">{usable ? t("setPasswordSubtitle") : t("linkInvalidSubtitle")}</p>
      </div>
      {usable ? (
        <ClientMessages namespaces={["auth"]}>
          <SetPasswordForm token={token} />
        </ClientMessages>
      ) : null}
      <p className="text-center text-sm text-muted-foreground">
        <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("backToLogin")}
        </Link>
      </p>
    </div>
  );
}
