import { z } from "zod";
import { emailSchema, newPasswordSchema } from "../auth/schemas";

/** A link's secret as it arrives in a URL: 43 base64url characters when issued here. */
export const linkTokenSchema = z
  .string()
  .min(20, "linkInvalid")
  .max(200, "linkInvalid")
  .regex(/^[A-Za-z0-9_-]+$/, "linkInvalid");

export const setPasswordSchema = z
  .object({ token: linkTokenSchema, password: newPasswordSchema, confirm: z.string().max(200, "tooLong") })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "passwordsDiffer" });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const verifyEmailSchema = z.object({ token: linkTokenSchema });
export type VerifyEmailInput = z.infer<typeof verifyEmailSchema>;
