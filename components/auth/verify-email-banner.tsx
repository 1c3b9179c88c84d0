import { MailWarning } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { unverifiedEmailOf } from "@/lib/accounts/queries";
import type { SessionUser } from "@/lib/auth/session";
import { ResendVerificationButton } from "./resend-verification-button";

/** Above a self-registered customer's portal until they confirm their address, with a way to get the email again. */
export async function VerifyEmailBanner({ user }: { user: SessionUser }) {
  if (user.role !== "CUSTOMER") return null;
  const email = await unverifiedEmailOf(user);
  if (!email) return null;
  const t = await getTranslations("verifyEmail");
  return (
    <Alert variant="warning" className="mb-6" data-testid="verify-email-banner">
      <MailWarning aria-hidden="true" />
      <AlertTitle>{t("bannerTitle")}</AlertTitle>
      <AlertDescription className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <span className="break-words">{t("banner", { email })}</span>
        <ClientMessages namespaces={["verifyEmail"]}>
          <ResendVerificationButton />
        </ClientMessages>
      </AlertDescription>
    </Alert>
  );
}
