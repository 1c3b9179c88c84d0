"use client";

import { Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A secret in a read-only field (selected on focus) with a button that copies it and says whether it could. */
export function CopyableSecret({
  id,
  label,
  value,
  texts,
}: {
  id: string;
  label: string;
  value: string;
  texts: { copy: string; copied: string; copyFailed: string };
}) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(texts.copied);
    } catch {
      toast.error(texts.copyFailed);
    }
  };
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          value={value}
          className="font-mono text-xs sm:text-sm"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          <Copy aria-hidden="true" />
          {texts.copy}
        </Button>
      </div>
    </div>
  );
}
