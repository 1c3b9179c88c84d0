import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TagReference } from "@/lib/openapi/reference";

/** The reference's sections (the API's tags), the current one marked: a column beside the routes, a wrapped row on a phone. */
export async function ReferenceNav({ tags, current }: { tags: TagReference[]; current?: string }) {
  const t = await getTranslations("apiReference");
  return (
    <nav aria-label={t("sections")} className="lg:sticky lg:top-20 lg:self-start">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        <li>
          <Link href="/docs/api" className="ui-side-link" aria-current={current === undefined ? "page" : undefined}>
            {t("allSections")}
          </Link>
        </li>
        {tags.map((tag) => (
          <li key={tag.name}>
            <Link
              href={`/docs/api/${tag.name}`}
              className="ui-side-link"
              aria-current={tag.name === current ? "page" : undefined}
              lang="en"
            >
              {tag.title}
              <span className="ml-auto text-xs text-muted-foreground tabular-nums">{tag.operations.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
