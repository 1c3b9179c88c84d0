"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors as ServerFieldErrors } from "@/lib/errors";

type Translate = (key: string) => string;

/** Schemas carry message keys (`validation.*`); this turns them into sentences. */
function translateErrors(errors: FieldErrors, translate: Translate): void {
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== "object") continue;
    if ("message" in value && typeof value.message === "string") value.message = translate(value.message);
    else translateErrors(value as FieldErrors, translate);
  }
}

export function useMessageTranslator(): Translate {
  const t = useTranslations("validation");
  return (key) => (t.has(key as "required") ? t(key as "required") : key);
}

/** react-hook-form with the shared Zod schema, messages translated. */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  const translate = useMessageTranslator();
  const base = zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, context, options) => {
    const result = await base(values, context, options);
    translateErrors(result.errors, translate);
    return result;
  };
  return useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues, mode: "onTouched" });
}

/** Puts the server's field errors next to their fields; returns whether there were any. */
export function applyServerFieldErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  fields: ServerFieldErrors | undefined,
  translate: Translate,
): boolean {
  if (!fields) return false;
  let applied = false;
  for (const [name, messages] of Object.entries(fields)) {
    if (name === "_" || !messages[0]) continue;
    form.setError(name as never, { type: "server", message: translate(messages[0]) }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
