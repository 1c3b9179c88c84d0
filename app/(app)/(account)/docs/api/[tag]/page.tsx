import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { MarkdownText } from "@/components/api-docs/markdown-text";
import { OperationSection } from "@/components/api-docs/operation-section";
import { ApiReferenceHeader } from "@/components/api-docs/reference-header";
import { ReferenceNav } from "@/components/api-docs/reference-nav";
import { apiDocumentReference } from "@/lib/openapi/api-document";
import { apiTag } from "./tag";

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await apiTag((await params).tag);
  return { title: `${tag.title} · ${(await getTranslations("apiReference"))("title")}` };
}

/** One section of the API: its rules, then each of its routes described in full, each with "Try it". */
export default async function ApiReferenceTagPage({ params }: Props) {
  const tag = await apiTag((await params).tag);
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6">
      <ApiReferenceHeader />
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <ReferenceNav tags={apiDocumentReference()} current={tag.name} />
        {/* The API's own words (paths, codes, schemas), in English: not the interface's to translate. Code and tables scroll sideways. */}
        <div className="flex min-w-0 flex-col gap-4" lang="en" translate="no" data-scroll-x>
          <section aria-labelledby="tag-title" className="flex flex-col gap-3">
            <h2 id="tag-title" className="text-xl font-semibold">
              {tag.title}
            </h2>
            <MarkdownText text={tag.description} />
          </section>
          <ClientMessages namespaces={["apiReference"]} except={["apiReference.description"]}>
            {tag.operations.map((operation) => (
              <OperationSection key={operation.id} operation={operation} />
            ))}
          </ClientMessages>
        </div>
      </div>
    </div>
  );
}
