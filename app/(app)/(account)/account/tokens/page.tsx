import { ArrowLeft, BookOpen, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateTokenDialog } from "@/components/api-tokens/create-token-dialog";
import { tokenRow } from "@/components/api-tokens/token-rows";
import { TokenTable } from "@/components/api-tokens/token-table";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listOwnTokens } from "@/lib/api-tokens/queries";
import { permissionsOf } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { channels } from "@/lib/realtime/channels";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

/** The signed-in user's personal API tokens: create one (its secret shown once), see their use, revoke. */
export default async function AccountTokensPage() {
  const user = await requirePage("account:manage");
  const [tokens, t] = await Promise.all([listOwnTokens(user), getTranslations("apiTokens")]);
  const rows = tokens.map(tokenRow);

  return (
    <ClientMessages namespaces={["apiTokens", "permissionNames", "notifications"]}>
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
        <LiveRefresh channel={channels.user(user.id)} events={["account.updated"]} />
        <PageHeader
          title={t("title")}
          description={t("description")}
          className="pb-0"
          eyebrow={
            <Link href="/account" className="inline-flex items-center gap-1 underline-offset-4 hover:text-foreground hover:underline">
              <ArrowLeft className="size-4" aria-hidden="true" /> {t("back")}
            </Link>
          }
          // Always here, whether the list is empty or not: the dialog that shows the new secret lives in it.
          actions={
            <>
              <Button asChild variant="outline">
                <Link href="/docs/api">
                  <BookOpen aria-hidden="true" /> {t("reference")}
                </Link>
              </Button>
              <CreateTokenDialog scopes={permissionsOf(user.role)} />
            </>
          }
        />
        {rows.length > 0 ? (
          <Card className="py-0">
            <TokenTable tokens={rows} now={new Date().toISOString()} />
          </Card>
        ) : (
          <EmptyState icon={<KeyRound />} title={t("empty")} description={t("emptyDescription")} />
        )}
        {rows.length >= 100 && <p className="text-sm text-muted-foreground">{t("more")}</p>}
      </div>
    </ClientMessages>
  );
}
