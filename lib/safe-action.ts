import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { AppError, isAppError, type ErrorCode, type FieldErrors } from "./errors";
import { logger } from "./logger";
import { currentUser } from "./auth/session";

export type ActionError = { code: ErrorCode; message: string; fields?: FieldErrors; meta?: Record<string, unknown> };

/** Server actions: AppErrors reach the form as they are; anything else is logged and hidden. */
export const actionClient = createSafeActionClient({
  handleServerError(error): ActionError {
    if (isAppError(error)) return { code: error.code, message: error.message, fields: error.fields, meta: error.meta };
    logger.error({ err: error }, "server action failed");
    return { code: "INTERNAL", message: "Something went wrong. Please try again." };
  },
});

/** Actions that need a signed-in user receive it as `ctx.user`. */
export const userActionClient = actionClient.use(async ({ next }) => {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return next({ ctx: { user } });
});
