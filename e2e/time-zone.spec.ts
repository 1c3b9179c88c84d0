import { expect, test } from "./fixtures";
import { login } from "./support";

test("times follow the browser's time zone once it has told the server, with no hydration error", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "America/Toronto" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await login(page, "ADMIN");
  // The first page was rendered in the company's zone: the browser says its own, once.
  await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === "TZ")?.value).toBe("America%2FToronto");

  // The hour Toronto's clock shows now, and the one before (the page may have been rendered just before it turned).
  const hours = await page.evaluate(() => {
    const hour = (at: number) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23" }).format(at);
    return [hour(Date.now()), hour(Date.now() - 60_000)];
  });
  const updatedAt = new RegExp(`Mis à jour à (${hours.join("|")}):`);
  // The server renders it so (no browser involved)…
  const html = await (await page.request.get("/livepulse")).text();
  expect(html).toMatch(updatedAt);
  // …and the browser agrees after hydration.
  await page.goto("/livepulse");
  await page.locator("html[data-hydrated]").waitFor();
  await expect(page.getByText(/Mis à jour à/)).toHaveText(updatedAt);
  expect(errors).toEqual([]);
  await context.close();
});
