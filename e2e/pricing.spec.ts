import { expect, test, type Page } from "./fixtures";
import { formatMoney } from "../lib/format";
import { defaultConfiguration, quote, type Configuration } from "../lib/hosting/pricing";
import { plans } from "../prisma/seed/plans";
import { login } from "./support";

const pro = plans.find((plan) => plan.slug === "pro")!;
/** The price as the French UI shows it (narrow no-break space before €). */
const euros = (cents: number) => formatMoney(cents, "fr");
const priceOf = (config: Partial<Configuration>) => quote(pro, { ...defaultConfiguration(pro), ...config });

const card = (page: Page, slug: string) => page.getByTestId(`plan-${slug}`);

test("a visitor switches to yearly billing and sees the discounted price", async ({ page }) => {
  await page.goto("/pricing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/des offres claires/i);
  await expect(card(page, "pro").getByTestId("plan-price")).toContainText(euros(pro.monthlyPriceCents));
  await expect(card(page, "pro").getByTestId("plan-price-yearly")).toBeHidden();

  await page
    .getByRole("radio", { name: /annuel/i })
    .first()
    .check();

  const yearly = priceOf({ billingCycle: "YEARLY" });
  await expect(card(page, "pro").getByTestId("plan-price-yearly")).toContainText(euros(Math.round(yearly.yearlyCents / 12)));
  await expect(card(page, "pro").getByTestId("plan-price-yearly")).toContainText("12,74");
  await expect(card(page, "pro")).toContainText(`soit ${euros(yearly.yearlyCents)} HT facturés par an`);
  await expect(card(page, "pro").getByTestId("plan-price")).toBeHidden();
  // The choice follows the cycle.
  await expect(card(page, "pro").getByRole("link", { name: "Choisir Pro" })).toHaveAttribute("href", /cycle%3DYEARLY/);
});

test("the comparison table has real row and column headers", async ({ page }) => {
  await page.goto("/pricing");
  const table = page.getByRole("table", { name: /comparer les offres/i });
  await expect(table.getByRole("columnheader", { name: "Enterprise" })).toBeVisible();
  const cdnRow = table.getByRole("row", { name: /^CDN/ });
  await expect(cdnRow.getByRole("rowheader")).toHaveText("CDN");
  await expect(cdnRow.getByRole("cell")).toHaveText([/4,00\s€ \/ mois/, /5,00\s€ \/ mois/, /inclus/i, /6,00\s€ \/ mois/]);
});

test("the calculator prices Pro with 4 vCPU exactly as the server does", async ({ page }) => {
  await page.goto("/pricing");
  const calculator = page.locator("#calculator");
  await calculator.getByRole("radio", { name: /^Pro/ }).check();
  const total = calculator.getByTestId("calculator-total-amount");
  await expect(total).toHaveText(euros(priceOf({}).totalCents));

  // Keyboard on the slider: two steps right from the 2 included vCPU.
  const slider = calculator.getByRole("slider", { name: /processeur/i });
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(calculator.getByRole("spinbutton", { name: /processeur/i })).toHaveValue("4");

  const monthly = priceOf({ cpuCores: 4 });
  expect(monthly.totalCents).toBe(2759); // (1499 + 2 × 400) × 1.2
  await expect(total).toHaveText(euros(monthly.totalCents));
  await expect(calculator.getByTestId("calculator-monthly")).toHaveText(euros(monthly.monthlyCents));
  await expect(calculator.getByTestId("calculator-yearly")).toHaveText(euros(monthly.yearlyCents));

  // Typing a value out of the plan's range is refused next to the field, the price keeps the last valid one.
  const cpuInput = calculator.getByRole("spinbutton", { name: /processeur/i });
  await cpuInput.fill("12");
  await expect(calculator.getByText("Maximum 8 vCPU pour cette offre.")).toBeVisible();
  await expect(total).toHaveText(euros(monthly.totalCents));
  await cpuInput.fill("4");

  // Paid option and yearly cycle.
  await calculator.getByRole("switch", { name: /sauvegarde quotidienne/i }).click();
  await calculator.getByRole("radio", { name: /annuel/i }).check();
  const yearly = priceOf({ cpuCores: 4, backup: true, billingCycle: "YEARLY" });
  await expect(total).toHaveText(euros(yearly.totalCents));
  await expect(calculator.getByText(/total ttc par an/i)).toBeVisible();
  await expect(calculator.getByRole("switch", { name: /certificat ssl/i })).toBeDisabled();

  await expect(calculator.getByRole("link", { name: /demander cette configuration/i })).toHaveAttribute(
    "href",
    `/register?callbackUrl=${encodeURIComponent("/hosting/request?plan=pro&cpu=4&ram=4&storage=80&ssl=1&backup=1&cdn=0&cycle=YEARLY")}`,
  );
});

test("choosing Pro while signed out goes through registration with the choice kept", async ({ page }) => {
  await page.goto("/pricing");
  await card(page, "pro").getByRole("link", { name: "Choisir Pro" }).click();
  await expect(page).toHaveURL(/\/register\?callbackUrl=/);
  const callbackUrl = new URL(page.url()).searchParams.get("callbackUrl");
  expect(callbackUrl).toBe("/hosting/request?plan=pro&cpu=2&ram=4&storage=80&ssl=1&backup=0&cdn=0&cycle=MONTHLY");
});

test("a signed-in customer goes straight to the request form", async ({ page }) => {
  await login(page, "CUSTOMER");
  await page.goto("/pricing");
  await expect(card(page, "pro").getByRole("link", { name: "Choisir Pro" })).toHaveAttribute(
    "href",
    "/hosting/request?plan=pro&cpu=2&ram=4&storage=80&ssl=1&backup=0&cdn=0&cycle=MONTHLY",
  );
  await card(page, "pro").getByRole("link", { name: "Choisir Pro" }).click();
  await expect(page).toHaveURL(/\/hosting\/request\?plan=pro&cpu=2/);
});

test("the pages served from cache are shown before their scripts are fetched, and still come alive", async ({ page }) => {
  for (const path of ["/pricing", "/status"]) {
    await page.goto(path);
    const { paintedAt, scripts } = await page.evaluate(() => ({
      paintedAt: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      // Next's own preload of its first chunk is fetched early, and runs once the others are there.
      scripts: performance
        .getEntriesByType("resource")
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script" && entry.name.includes("/_next/static/"))
        .map((entry) => entry.startTime),
    }));
    expect(paintedAt, path).toBeGreaterThan(0);
    expect(scripts.length, path).toBeGreaterThan(3);
    expect(Math.min(...scripts), path).toBeGreaterThanOrEqual(paintedAt!);
    // And React hydrated the page once its scripts ran (`goto` waited for the root's mark).
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  }
});
