"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Clears a list's filters; shown only while one is set. */
export function ResetFiltersButton({ shown, onReset, label }: { shown: boolean; onReset: () => void; label: string }) {
  if (!shown) return null;
  return (
    <Button variant="ghost" size="sm" onClick={onReset}>
      <X aria-hidden="true" />
      {label}
    </Button>
  );
}
