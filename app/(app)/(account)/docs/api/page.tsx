import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("title") };
}

/** The OpenAPI document the app serves, to read and try: calls go out with the visitor's session or a pasted token. */
export default async function ApiReferencePage() {
  await requirePage("account:manage");
  const t = await getTranslations("apiReference");
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          tokens: (chunks) => (
            <Link href="/account/tokens" className="underline underline-offset-4 hover:text-foreground">
              {chunks}
            </Link>
          ),
          document: (chunks) => (
            <a href="/api/openapi.json" className="underline underline-offset-4 hover:text-foreground">
              {chunks}
            </a>
          ),
        })}
        className="pb-0"
      />
      {/* The API's own words (paths, codes, schemas), in English: not the interface's to translate. Its code samples scroll sideways. */}
      <div translate="no" lang="en" data-scroll-x>
        <ApiReference documentUrl="/api/openapi.json" />
      </div>
    </div>
  );
}
