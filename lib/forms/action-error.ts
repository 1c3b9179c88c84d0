import type { ActionError } from "../safe-action";

/** What a server action's result says went wrong, if anything (no result at all is a failure too). */
export function actionError(result: { serverError?: unknown; validationErrors?: unknown } | undefined): ActionError | null {
  if (!result) return { code: "INTERNAL", message: "" };
  if (result.serverError) return result.serverError as ActionError;
  if (result.validationErrors) return { code: "VALIDATION", message: "" };
  return null;
}
