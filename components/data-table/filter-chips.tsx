import Link from "next/link";

/**
 * A row of links that filter a server-rendered list by one value (`undefined`: every value); the
 * current one is marked for assistive technology and shown filled.
 */
export function FilterChips<T extends string>({
  label,
  options,
  current,
  href,
}: {
  label: string;
  options: Array<{ value: T | undefined; label: string }>;
  current: T | undefined;
  href: (value: T | undefined) => string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {options.map((option) => (
        <Link
          key={option.value ?? "all"}
          href={href(option.value)}
          aria-current={current === option.value ? "page" : undefined}
          className="rounded-full border px-3 py-1 text-sm text-muted-foreground transition-colors hover:bg-accent aria-[current=page]:border-primary aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
