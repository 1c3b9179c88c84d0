import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** The reference's title, and where tokens and the OpenAPI document are. */
export async function ApiReferenceHeader() {
  const t = await getTranslations("apiReference");
  return (
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
  );
}
