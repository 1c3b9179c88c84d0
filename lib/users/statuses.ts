/**
 * An account's state: `invited` has been invited by an admin and has not chosen its password yet;
 * `disabled` cannot sign in; `active` is every other. Kept apart from the schemas, so that the
 * users list's filters do not bring the validation (zod) to the browser.
 */
export const userStatuses = ["active", "invited", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];
