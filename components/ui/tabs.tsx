"use client";

import { createContext, use, type ComponentProps, type KeyboardEvent } from "react";

import { cn } from "@/lib/utils";

/*
 * Tabs that switch a mode (a reply or an internal note): a tablist of buttons, with the keyboard of
 * the ARIA tabs pattern. Tab reaches the chosen one; arrow keys, Home and End move and choose. Written
 * here rather than taken from radix: a few lines, where radix's brought its focus-management code to
 * every page showing a ticket.
 */

const TabsContext = createContext<{ value: string; onValueChange: (value: string) => void } | null>(null);

function Tabs({
  value,
  onValueChange,
  className,
  ...props
}: Omit<ComponentProps<"div">, "onChange"> & { value: string; onValueChange: (value: string) => void }) {
  return (
    <TabsContext value={{ value, onValueChange }}>
      <div data-slot="tabs" className={cn("flex flex-col gap-2", className)} {...props} />
    </TabsContext>
  );
}

const keySteps: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

function TabsList({ className, ...props }: ComponentProps<"div">) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = keySteps[event.key];
    if (!step) return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = tabs[step(index, tabs.length)];
    next.focus();
    next.click();
  };
  return (
    <div
      role="tablist"
      data-slot="tabs-list"
      onKeyDown={onKeyDown}
      className={cn("inline-flex h-9 w-fit items-center justify-center rounded-lg bg-muted p-[3px] text-muted-foreground", className)}
      {...props}
    />
  );
}

function TabsTrigger({ value, className, ...props }: Omit<ComponentProps<"button">, "value"> & { value: string }) {
  const tabs = use(TabsContext);
  const active = tabs?.value === value;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-state={active ? "active" : "inactive"}
      data-slot="tabs-trigger"
      onClick={() => tabs?.onValueChange(value)}
      className={cn(
        "inline-flex h-[calc(100%-1px)] flex-1 items-center justify-center gap-1.5 whitespace-nowrap rounded-md border border-transparent px-2.5 py-1 text-sm font-medium text-muted-foreground transition-[color,box-shadow] outline-none hover:text-foreground disabled:pointer-events-none disabled:opacity-50",
        "data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm dark:data-[state=active]:border-input dark:data-[state=active]:bg-input/30",
        "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
        "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
        className,
      )}
      {...props}
    />
  );
}

export { Tabs, TabsList, TabsTrigger };
