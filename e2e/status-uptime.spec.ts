import { expect, test } from "./fixtures";

/** The seeded status page publishes two services, each with 90 days of bars. */
test("a visitor reads a day's uptime on the status page by pointing at its bar, or with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/status");
  const service = page.getByTestId("status-service").first();
  const bars = service.getByTestId("uptime-day");
  await expect(bars).toHaveCount(90);
  const tooltip = service.getByTestId("uptime-tooltip");
  await expect(tooltip).toHaveCount(0);

  // Every bar is named for a screen reader: the service, the day and its summary.
  const name = (await service.getByRole("heading", { level: 3 }).textContent())!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const today = bars.last();
  await expect(today).toHaveAttribute("aria-label", new RegExp(`^${name}, .+ : (.+ % de disponibilité|Aucune mesure), `));

  // Pointing at a day shows its panel: the date in full and its uptime.
  await today.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/ % de disponibilité|Aucune mesure/);
  await expect(today).toHaveAttribute("aria-expanded", "true");
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  // One tab stop for the row; the arrows move between days, Home goes to the first, Escape closes.
  await today.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  const yesterday = bars.nth(88);
  await expect(yesterday).toBeFocused();
  await expect(yesterday).toHaveAttribute("tabindex", "0");
  await expect(today).toHaveAttribute("tabindex", "-1");
  await expect(yesterday).toHaveAttribute("aria-describedby", (await tooltip.getAttribute("id"))!);
  const dayBefore = new Date(`${await yesterday.getAttribute("data-date")}T00:00:00Z`);
  await expect(tooltip).toContainText(
    new Intl.DateTimeFormat("fr", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(dayBefore),
  );
  await page.keyboard.press("Home");
  await expect(bars.first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);

  // A tap opens a day's panel; a second tap on it closes it.
  await page.mouse.move(0, 0);
  await bars.nth(45).click();
  await expect(tooltip).toBeVisible();
  await bars.nth(45).click();
  await expect(tooltip).toHaveCount(0);
});
