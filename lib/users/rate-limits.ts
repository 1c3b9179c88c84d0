import type { RateLimitPolicy } from "../rate-limit";

/** Emails sent on an admin's behalf, per admin and per door: plenty for onboarding a team, too few to flood anyone. */
const mailPolicy = (name: string): RateLimitPolicy => ({ name, limit: 30, windowSeconds: 900, key: "user" });

export const usersRateLimits = {
  invite: mailPolicy("invite-user"),
  resendInvitation: mailPolicy("resend-invitation"),
  passwordReset: mailPolicy("admin-password-reset"),
};
