import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * The foot of a server-rendered list paged through links: where we are, and the previous and next
 * pages (`href(page)` builds each one's URL, keeping the list's filters).
 */
export function LinkPagination({
  label,
  summary,
  page,
  pages,
  href,
  previousLabel,
  nextLabel,
}: {
  label: string;
  summary: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
}) {
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
    <nav aria-label={label} className="flex items-center justify-between gap-4 border-t px-4 py-3 text-sm">
      <span className="text-muted-foreground">{summary}</span>
      <div className="flex gap-2">
        {link(page - 1, previousLabel, page <= 1)}
        {link(page + 1, nextLabel, page >= pages)}
      </div>
    </nav>
  );
}
