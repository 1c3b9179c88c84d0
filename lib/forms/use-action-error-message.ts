"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";
import type { ActionError } from "@/lib/safe-action";

/**
 * A form's own sentences for some error codes, where it can say more than the shared one
 * (what no longer exists, who may act, the domain's reason); a function may look at the error.
 */
export type ErrorMessages = Partial<Record<ErrorCode, string | ((error: ActionError) => string | undefined)>>;

/**
 * The one translation of a failed action: the form's own sentence for the code when it has one,
 * otherwise the shared `errors.<code>`. No error at all (no answer) reads as `INTERNAL`.
 */
export function useActionErrorMessage(messages: ErrorMessages = {}): (error: ActionError | null) => string {
  const t = useTranslations("errors");
  return (error) => {
    const failure = error ?? { code: "INTERNAL", message: "" };
    const own = messages[failure.code];
    return (typeof own === "function" ? own(failure) : own) ?? t(failure.code);
  };
}
