import { CheckCircle2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Logo } from "@/components/shell/logo";

/** The frame of the sign-in, registration and password pages: the form on one side, the promise on the other. */
export async function AuthFrame({ children }: { children: ReactNode }) {
  const t = await getTranslations("auth");
  return (
    <div className="grid min-h-dvh lg:grid-cols-[1fr_1.1fr]">
      <div className="flex flex-col px-6 py-6 sm:px-10">
        <div className="flex items-center justify-between">
          <Logo href="/pricing" />
          <LocaleSwitcher />
        </div>
        <main id="main" className="flex flex-1 items-center justify-center py-10">
          <div className="w-full max-w-sm">{children}</div>
        </main>
      </div>
      <aside className="relative hidden overflow-hidden bg-primary text-primary-foreground lg:flex lg:flex-col lg:justify-center lg:px-16">
        <div aria-hidden="true" className="absolute -right-32 -top-32 size-[28rem] rounded-full bg-white/10" />
        <div aria-hidden="true" className="absolute -bottom-40 -left-24 size-[26rem] rounded-full border-[3rem] border-white/10" />
        <div className="relative max-w-md">
          <p className="text-3xl font-semibold leading-tight tracking-tight">{t("sideTitle")}</p>
          <ul className="mt-8 flex flex-col gap-4 text-base">
            {(["sidePoint1", "sidePoint2", "sidePoint3"] as const).map((key) => (
              <li key={key} className="flex items-start gap-3">
                <CheckCircle2 className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
                <span>{t(key)}</span>
              </li>
            ))}
          </ul>
        </div>
      </aside>
    </div>
  );
}
