"use client";

import { useState } from "react";
import type { DefaultValues, FieldValues, SubmitErrorHandler } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionError } from "@/lib/safe-action";
import { actionError } from "./action-error";
import { useActionErrorMessage, type ErrorMessages } from "./use-action-error-message";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "./use-zod-form";

type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** What a server action (next-safe-action) answers. */
export type ActionResult<Data> = { data?: Data; serverError?: unknown; validationErrors?: unknown } | undefined;

export type ActionFormOptions<S extends FormSchema, Data> = {
  defaultValues: DefaultValues<z.input<S>>;
  /** The server accepted the values. */
  onSuccess?: (data: Data, values: z.output<S>) => void;
  /** Sentences for error codes that say more than the shared `errors.<code>`. */
  errorMessages?: ErrorMessages;
  /** Shows an error that no field takes; a toast when left out. */
  onError?: (message: string, error: ActionError) => void;
  /** The form's own check refused the values: nothing was sent. */
  onInvalid?: SubmitErrorHandler<z.input<S>>;
};

/** Room under a field for its error message, as the fields' scroll margin in globals.css gives. */
const messageRoom = 128;

/**
 * After a refused submit, react-hook-form focuses the first invalid field; the browser scrolls it in
 * only when it is off screen, so a field at the window's bottom edge keeps its message out of view.
 * Once the messages are drawn, a field without room under it is brought to the middle.
 */
function revealFocusedField() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const field = document.activeElement;
      if (!(field instanceof HTMLElement) || field === document.body) return;
      const { top, bottom } = field.getBoundingClientRect();
      if (top < 0 || bottom + messageRoom > window.innerHeight) field.scrollIntoView({ block: "center" });
    }),
  );
}

/**
 * A form built from its server action and its schema: react-hook-form validates with the schema
 * (messages translated), `onSubmit` sends the parsed values to `action`, the server's field errors
 * go next to their fields and any other error is told once. `succeeded` turns true once the server
 * accepts a submission. `action` may resolve to `null` when it decided to send nothing (and said why).
 */
export function useActionForm<S extends FormSchema, Data>(
  action: (values: z.output<S>) => Promise<ActionResult<Data> | null>,
  schema: S,
  { defaultValues, onSuccess, errorMessages, onError, onInvalid }: ActionFormOptions<S, Data>,
) {
  const form = useZodForm(schema, defaultValues);
  const translate = useMessageTranslator();
  const errorMessage = useActionErrorMessage(errorMessages);
  // Once accepted, a form that moves on to another page stays busy until it does.
  const [succeeded, setSucceeded] = useState(false);

  const onSubmit = form.handleSubmit(
    async (values) => {
      const result = await action(values);
      if (result === null) return;
      const error = actionError(result);
      if (!error) {
        setSucceeded(true);
        return onSuccess?.(result?.data as Data, values);
      }
      if (applyServerFieldErrors(form, error.fields, translate)) return;
      const message = errorMessage(error);
      if (onError) onError(message, error);
      else toast.error(message);
    },
    (errors, event) => {
      revealFocusedField();
      // The same errors, typed by the form's values rather than the schema's input.
      return onInvalid?.(errors as Parameters<SubmitErrorHandler<z.input<S>>>[0], event);
    },
  );

  return { form, onSubmit, succeeded };
}
