"use client";

import { Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { useFormState } from "react-hook-form";
import { Button, type ButtonProps } from "@/components/ui/button";

/**
 * The form's submit button: disabled, with a spinner (and `pendingLabel`) while the form is sent,
 * and while `pending` (e.g. once accepted, until the next page shows).
 */
export function SubmitButton({
  pending = false,
  pendingLabel,
  icon,
  disabled,
  children,
  ...props
}: Omit<ButtonProps, "type" | "asChild"> & { pending?: boolean; pendingLabel?: ReactNode; icon?: ReactNode }) {
  const { isSubmitting } = useFormState();
  const busy = isSubmitting || pending;
  return (
    <Button type="submit" disabled={disabled || busy} {...props}>
      {busy ? <Loader2 className="animate-spin" aria-hidden="true" /> : icon}
      {busy && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
