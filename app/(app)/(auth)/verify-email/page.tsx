import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { ClientMessages } from "@/components/client-messages";
import { usableLinkEmail } from "@/lib/accounts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyEmail"))("title") };
}

/** Where a verification email's link lands: the address it confirms, and one button to confirm it. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const [t, tAuth] = await Promise.all([getTranslations("verifyEmail"), getTranslations("auth")]);
  const email = typeof token === "string" ? await usableLinkEmail(token, ["EMAIL_VERIFICATION"]) : null;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{email ? t("title") : t("invalidTitle")}</h1>
        <p className="break-words text-sm text-muted-foreground">{email ? t("subtitle", { email }) : t("invalid")}</p>
      </div>
      {email && typeof token === "string" ? (
        <ClientMessages namespaces={["verifyEmail"]}>
          <VerifyEmailForm token={token} />
        </ClientMessages>
      ) : null}
      <p className="text-center text-sm text-muted-foreground">
        <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          {tAuth("backToLogin")}
        </Link>
      </p>
    </div>
  );
}
