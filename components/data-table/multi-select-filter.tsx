"use client";

import { MenuOnIntent } from "@/components/ui/menu-on-intent";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type MultiSelectProps = {
  label: string;
  options: Array<{ value: string; label: string }>;
  selected: string[];
  onChange: (values: string[]) => void;
  allLabel: string;
};

const loadMenu = () => import("./multi-select-menu").then((m) => m.MultiSelectMenu);

/**
 * A filter of several values: a button that sums up the choice and a menu of checkboxes, loaded
 * when about to be opened.
 */
export function MultiSelectFilter({ allLabel, ...props }: MultiSelectProps) {
  const { label, options, selected } = props;
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? options.find((o) => o.value === selected[0])?.label
        : `${options.find((o) => o.value === selected[0])?.label} +${selected.length - 1}`;
  const trigger = (
    <Button
      variant="outline"
      size="sm"
      className={cn("ui-chevron justify-between gap-2", selected.length > 0 && "border-primary/60 bg-primary/5")}
    >
      <span className="text-muted-foreground">{label}</span>
      <span className="max-w-36 truncate">{summary}</span>
    </Button>
  );
  return <MenuOnIntent load={loadMenu} popup="menu" trigger={trigger} props={props} />;
}
