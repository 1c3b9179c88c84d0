import { z } from "zod";

/** Messages are translation keys under `validation.*`; the UI translates them. */
export const emailSchema = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email"));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "required").max(200, "tooLong"),
  callbackUrl: z.string().max(2000).optional(),
});

/** A password someone chooses: at registration, from a set-password link, when changing it. */
export const newPasswordSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(200, "tooLong")
  .regex(/[a-zA-Z]/, "passwordNeedsLetter")
  .regex(/[0-9]/, "passwordNeedsDigit");

export const registerSchema = z.object({
  name: z.string().trim().min(2, "nameTooShort").max(120, "tooLong"),
  email: emailSchema,
  company: z.string().trim().max(160, "tooLong").optional().or(z.literal("")),
  password: newPasswordSchema,
  callbackUrl: z.string().max(2000).optional(),
});
export type RegisterInput = z.infer<typeof registerSchema>;
