import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** The lists paged through links; each namespace holds `pagination`, `pageOf`, `previous` and `next`. */
type PagedNamespace = "adminTokens" | "emailLog" | "hosting" | "users" | "livepulseChannels" | "incidents" | "maintenance";

/**
 * The foot of a server-rendered list paged through links: where we are, and the previous and next
 * pages (`href(page)` builds each one's URL, keeping the list's filters). Nothing on a single page.
 */
export async function LinkPagination({
  namespace,
  page,
  pageSize,
  total,
  href,
}: {
  namespace: PagedNamespace;
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = await getTranslations(namespace);
  const link = (target: number, text: string, disabled: boolean) => (
    <Button
      asChild
      variant="outline"
      size="sm"
      aria-disabled={disabled}
      className={disabled ? "pointer-events-none opacity-50" : undefined}
    >
      <Link href={href(target)}>{text}</Link>
    </Button>
  );
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 border-t px-4 py-3 text-sm">
      <span className="text-muted-foreground">{t("pageOf", { page, pages, total })}</span>
      <div className="flex gap-2">
        {link(page - 1, t("previous"), page <= 1)}
        {link(page + 1, t("next"), page >= pages)}
      </div>
    </nav>
  );
}

/**
 * A list's URL with its filters: empty values are left out, and so is the first page (the caller
 * leaves out a default page size).
 */
export function listHref(basePath: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) search.set(key, String(value));
  const text = search.toString();
  return text ? `${basePath}?${text}` : basePath;
}
