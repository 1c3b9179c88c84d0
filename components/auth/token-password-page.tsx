import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ClientMessages } from "@/components/client-messages";
import { tokenIsUsable } from "@/lib/accounts/queries";

type TokenKind = Parameters<typeof tokenIsUsable>[1][number];

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

/**
 * A page reached by a single-use link: the new-password form while the link is usable,
 * otherwise a "link invalid" notice, with an optional way to ask for a new link.
 */
export async function TokenPasswordPage({
  token,
  kinds,
  title,
  subtitle,
  askAgain,
}: {
  token: string | string[] | undefined;
  kinds: TokenKind[];
  title: string;
  subtitle: string;
  askAgain?: { href: string; label: string };
}) {
  const t = await getTranslations("auth");
  const usable = typeof token === "string" && (await tokenIsUsable(token, kinds));
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{usable ? title : t("linkInvalidTitle")}</h1>
        <p className="text-sm text-muted-foreground">{usable ? subtitle : t("linkInvalidSubtitle")}</p>
      </div>
      {usable ? (
        <ClientMessages namespaces={["auth"]}>
          <SetPasswordForm token={token} />
        </ClientMessages>
      ) : null}
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-center text-sm text-muted-foreground">
        {usable || !askAgain ? null : (
          <Link href={askAgain.href} className={linkClass}>
            {askAgain.label}
          </Link>
        )}
        <Link href="/login" className={linkClass}>
          {t("backToLogin")}
        </Link>
      </p>
    </div>
  );
}
