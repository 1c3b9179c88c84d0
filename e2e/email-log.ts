import { expect, type Page } from "./fixtures";

/*
 * The end-to-end server has no SMTP server: messages are kept in the outbox, and the admin's
 * delivery log (/admin/emails) is where a test reads them.
 */

/** The path and query of the link in the newest message with this subject sent to an address, as the admin's log shows it. */
export async function linkFromLog(admin: Page, email: string, subject: string, path: string): Promise<string> {
  await admin.goto("/admin/emails");
  await admin.getByRole("row").filter({ hasText: email }).filter({ hasText: subject }).getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(admin.getByTitle(/aperçu du message/i)).toBeVisible();
  const text = (await admin.getByTestId("email-text").textContent()) ?? "";
  const url = text.match(new RegExp(`https?://\\S+(${path.replace("?", "\\?")}[A-Za-z0-9_=-]+)`))?.[1];
  expect(url, `a ${path} link in the message`).toBeTruthy();
  return url!;
}
