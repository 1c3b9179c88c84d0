"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MenuOnIntent } from "@/components/ui/menu-on-intent";

export type UserMenuProps = { name: string; email: string; roleLabel: string };

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

const loadDropdown = () => import("./user-menu-dropdown").then((m) => m.UserMenuDropdown);

/** The header's user menu: its button, and its dropdown when about to be used. */
export function UserMenu(props: UserMenuProps) {
  const t = useTranslations("nav");
  const trigger = (
    // Named by its hidden text, which holds the name it shows: initials on a phone, the name on a wider screen.
    <Button variant="ghost" className="h-9 gap-2 px-1.5 sm:pr-3">
      <span
        className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
        aria-hidden="true"
      >
        {initials(props.name)}
      </span>
      <span className="hidden max-w-32 truncate text-sm font-medium sm:inline" aria-hidden="true">
        {props.name}
      </span>
      <span className="sr-only">{t("userMenu", { name: props.name })}</span>
    </Button>
  );
  return <MenuOnIntent load={loadDropdown} popup="menu" trigger={trigger} props={props} />;
}
