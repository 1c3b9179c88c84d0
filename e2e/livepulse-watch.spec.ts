import { expect, test, type Page } from "./fixtures";
import { login, runJob } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

/** A figure the forms page shows, 0 while the period is empty (no funnel then). */
async function figure(page: Page, testId: string, within?: string): Promise<number> {
  const scope = within ? page.getByTestId(within).getByTestId(testId) : page.getByTestId(testId);
  return (await scope.count()) === 0 ? 0 : Number(await scope.textContent());
}
const submissions = (page: Page) => figure(page, "kpi-submissions");
const submitStep = (page: Page) => figure(page, "step-sessions", "funnel-step-SUBMIT");

/** The number beside "Live Pulse" in the main navigation (0 without a badge). */
async function badge(page: Page): Promise<number> {
  const element = page.getByRole("navigation", { name: "Navigation principale" }).getByTestId("livepulse-badge");
  return (await element.count()) === 0 ? 0 : Number(await element.textContent());
}
const firingRows = (page: Page) => page.getByTestId("alert-row").and(page.locator('[data-status="FIRING"]')).count();

test("an admin watches LivePulse: a customer's request moves the form funnel live, an acknowledged alert leaves the badge @realtime", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await login(page, "ADMIN");
  await page.goto("/livepulse/forms?period=24h");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Formulaires");
  await expect(page.getByRole("link", { name: "24 heures" })).toHaveAttribute("aria-current", "page");
  const before = { submissions: await submissions(page), step: await submitStep(page) };

  // In another browser, a customer fills in and sends the hosting request form.
  const customer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(customer, "CUSTOMER");
  // The form reports its view once hydrated: from then on what is typed stays.
  const viewed = customer.waitForRequest((r) => r.url().endsWith("/api/forms/events") && r.postData()!.includes('"VIEW"'));
  await customer.goto("/hosting/request?plan=starter");
  await viewed;
  await customer.getByLabel("Nom de domaine").fill(`suivi-${Date.now()}.fr`);
  await customer.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(customer).toHaveURL(/\/hosting\/requests\/[^/?]+\?submitted=1/);
  await customer.context().close();

  // The admin's page follows without a reload: one more request sent, in the figures and the funnel.
  await expect.poll(() => submissions(page), { timeout: 15_000 }).toBe(before.submissions + 1);
  await expect.poll(() => submitStep(page)).toBe(before.step + 1);
  await expect(page.getByTestId("funnel-step-VIEW")).toBeVisible();

  // An alert fires for sure: abandonment is never below 0 %.
  const name = `Abandon surveillé ${Date.now()}`;
  const created = await page.request.post("/api/livepulse/alert-rules", {
    data: { name, metric: "FORM_ABANDONMENT_RATE", comparator: "GTE", threshold: 0, windowMinutes: 60, severity: "WARNING" },
  });
  expect(created.status()).toBe(201);
  const rule = (await created.json()) as { id: string };

  // Once the evaluation has fired it, the alerts API and page list it.
  await runJob(page.request, "alert-evaluation");
  const open = (await (await page.request.get("/api/livepulse/alerts?status=open")).json()) as {
    items: Array<{ status: string; rule: { name: string } | null }>;
  };
  expect(open.items.some((alert) => alert.rule?.name === name && alert.status === "FIRING")).toBe(true);
  await page.goto("/livepulse/alerts");
  const row = page.getByTestId("alert-row").filter({ hasText: name });
  await expect(row).toHaveAttribute("data-status", "FIRING");
  await expect.poll(async () => (await badge(page)) === (await firingRows(page)) && (await badge(page)) > 0).toBe(true);

  // The admin acknowledges it: the badge counts what still fires, without it.
  const acknowledged = actionDone(page);
  await row.getByRole("button", { name: "Prendre en charge" }).click();
  expect((await acknowledged).ok()).toBe(true);
  await expect(row).toHaveAttribute("data-status", "ACKNOWLEDGED");
  await expect.poll(async () => (await badge(page)) === (await firingRows(page))).toBe(true);

  expect((await page.request.delete(`/api/livepulse/alert-rules/${rule.id}`)).ok()).toBe(true);
});

test("the forms page checks a custom period, says when it is empty, and its figures are refused to a customer", async ({
  page,
  browser,
}) => {
  await login(page, "ADMIN");
  await page.goto("/livepulse/forms?from=2019-01-01&to=2019-01-31");
  await expect(page.getByTestId("forms-empty")).toContainText("Aucune activité sur cette période");
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue("2019-01-01");
  await expect(page.getByLabel("Au", { exact: true })).toHaveValue("2019-01-31");

  await page.goto("/livepulse/forms?from=2019-02-01&to=2019-01-01");
  await expect(page.getByText("le début doit précéder la fin.")).toBeVisible();
  await page.getByRole("link", { name: "30 jours" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/period=30d/);
  await expect(page.getByTestId("funnel-step-SUBMIT")).toBeVisible();

  const api = await page.request.get("/api/livepulse/metrics/forms?period=30d");
  expect(api.status()).toBe(200);
  expect((await api.json()).views).toBeGreaterThan(0);

  const customer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(customer, "CUSTOMER");
  expect((await customer.request.get("/api/livepulse/metrics/forms?period=30d")).status()).toBe(403);
  await customer.goto("/livepulse/forms");
  await expect(customer.getByTestId("kpi-views")).toHaveCount(0);
  await customer.context().close();
});
