import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MarkdownText } from "@/components/api-docs/markdown-text";
import { ApiReferenceHeader } from "@/components/api-docs/reference-header";
import { MethodBadge } from "@/components/api-docs/method-badge";
import { ReferenceNav } from "@/components/api-docs/reference-nav";
import { requirePage } from "@/lib/auth/require-page";
import { apiDocumentReference } from "@/lib/openapi/api-document";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("title") };
}

/** The API's routes at a glance, by section: each leads to its section's page, where it is described and tried. */
export default async function ApiReferencePage() {
  await requirePage("account:manage");
  const [t, locale] = await Promise.all([getTranslations("apiReference"), getLocale()]);
  const tags = apiDocumentReference();
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6">
      <ApiReferenceHeader />
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <ReferenceNav tags={tags} />
        {/* The API's own words (paths, summaries), in English: not the interface's to translate. */}
        <div className="flex min-w-0 flex-col gap-4" lang="en" translate="no">
          {tags.map((tag) => (
            <section
              key={tag.name}
              aria-labelledby={`tag-${tag.name}`}
              className="flex flex-col gap-3 rounded-lg border bg-card p-4 sm:p-6"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`tag-${tag.name}`} className="text-lg font-semibold">
                  <Link href={`/docs/api/${tag.name}`} className="hover:underline">
                    {tag.title}
                  </Link>
                </h2>
                <span className="text-xs text-muted-foreground" lang={locale}>
                  {t("routes", { count: tag.operations.length })}
                </span>
              </div>
              <ul className="flex flex-col">
                {tag.operations.map((operation) => (
                  <li key={operation.id}>
                    <Link
                      href={`/docs/api/${tag.name}#${operation.id}`}
                      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md px-2 py-1.5 text-sm hover:bg-accent"
                    >
                      <MethodBadge method={operation.method} />
                      <code className="font-mono text-xs break-all">{operation.path}</code>
                      <span className="min-w-0 wrap-anywhere text-muted-foreground">
                        <MarkdownText text={operation.summary} inline />
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
