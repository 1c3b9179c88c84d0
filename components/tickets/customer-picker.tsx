"use client";

import { Loader2, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { searchTicketCustomersAction } from "@/lib/tickets/actions";
import { cn } from "@/lib/utils";

export type PickedCustomer = { id: string; name: string; email: string; company: string | null };

/** Finds a customer account by name, company or email (a combobox: arrows, Enter, Escape). */
export function CustomerPicker({
  value,
  onChange,
  invalid,
  describedBy,
  inputId,
}: {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  invalid?: boolean;
  describedBy?: string;
  inputId?: string;
}) {
  const t = useTranslations("tickets.form");
  const listId = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<PickedCustomer[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await searchTicketCustomersAction({ q });
      if (cancelled) return;
      setResults(result?.data ?? []);
      setActive(0);
      setLoading(false);
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, open]);

  if (value) {
    return (
      <div
        className="flex items-center justify-between gap-3 rounded-md border bg-muted/40 px-3 py-2 text-sm"
        data-testid="picked-customer"
      >
        <div className="grid min-w-0">
          <span className="truncate font-medium">{value.company ? `${value.company} — ${value.name}` : value.name}</span>
          <span className="truncate text-xs text-muted-foreground">{value.email}</span>
        </div>
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange(null)}>
          <X aria-hidden="true" />
          {t("changeCustomer")}
        </Button>
      </div>
    );
  }

  const choose = (customer: PickedCustomer) => {
    onChange(customer);
    setOpen(false);
    setQ("");
  };
  return (
    <div className="relative">
      <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
      <Input
        id={inputId}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
        autoComplete="off"
        className="pl-8"
        placeholder={t("customerPlaceholder")}
        value={q}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setQ(event.target.value);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === "Enter" && open && results[active]) {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === "Escape") setOpen(false);
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border bg-popover p-1 shadow-md"
        >
          {loading && results.length === 0 ? (
            <li className="flex items-center gap-2 px-2 py-2 text-sm text-muted-foreground">
              <Loader2 className="size-4 animate-spin" aria-hidden="true" />
              {t("searching")}
            </li>
          ) : results.length === 0 ? (
            <li className="px-2 py-2 text-sm text-muted-foreground">{t("noCustomer")}</li>
          ) : (
            results.map((customer, index) => (
              <li
                key={customer.id}
                id={`${listId}-${customer.id}`}
                role="option"
                aria-selected={index === active}
                className={cn("cursor-pointer rounded-sm px-2 py-1.5 text-sm", index === active && "bg-accent text-accent-foreground")}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(customer);
                }}
              >
                <span className="block truncate font-medium">
                  {customer.company ? `${customer.company} — ${customer.name}` : customer.name}
                </span>
                <span className="block truncate text-xs text-muted-foreground">{customer.email}</span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
