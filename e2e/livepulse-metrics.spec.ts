import { expect, test } from "./fixtures";
import { login, runJob } from "./support";

const figure = (text: string | null) =>
  Number(
    (text ?? "")
      .replace(/\s/g, "")
      .replace(",", ".")
      .replace(/[^\d.]/g, ""),
  );

test("the LivePulse overview shows measured traffic and it moves without a reload", async ({ page, browser }) => {
  await login(page, "SELLER");
  await page.goto("/livepulse");
  const requests = page.getByTestId("metric-requests").locator("[data-metric-value]");
  await expect(page.getByTestId("metric-latency")).toBeVisible();
  await expect(page.getByTestId("metric-submissions")).toBeVisible();
  await expect(page.getByTestId("overview-alerts").getByRole("link", { name: "Voir les alertes" })).toHaveAttribute(
    "href",
    "/livepulse/alerts",
  );
  const before = figure(await requests.textContent());
  const updated = await page.getByTestId("metrics-updated").textContent();

  // Someone else browses: their page views are counted, flushed and announced; this page re-reads them.
  const other = await browser.newPage();
  for (let i = 0; i < 5; i++) await other.goto("/pricing");
  await other.close();
  await runJob(page.request, "metrics-flush");

  // The figure is a rate over a sliding window: earlier traffic may leave it as these views enter, so it moves either way.
  await expect.poll(async () => figure(await requests.textContent())).not.toBe(before);
  await expect(page.getByTestId("metrics-updated")).not.toHaveText(updated ?? "");
  await expect(page.getByTestId("metric-active-users").locator("[data-metric-value]")).not.toHaveText("0");
});
