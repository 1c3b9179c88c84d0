import { expect, test, type Page } from "./fixtures";
import { login, runJob } from "./support";

const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

test("an admin adds an HTTP monitor on the app's own health endpoint, sees it UP, then deletes it", async ({ page, request, baseURL }) => {
  test.setTimeout(150_000);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const name = `Santé de l'app ${Date.now()}`;

  await login(page, "ADMIN");
  await page.goto("/livepulse/services");
  await expect(page.getByRole("heading", { name: "Services", level: 1 })).toBeVisible();
  // The built-in checks are there from the start, with their seeded history.
  await expect(page.getByTestId("monitor-card").filter({ hasText: "Base de données" })).toBeVisible();

  // `goto` waited for hydration; the dialog's code loads on the click, slowly on a loaded machine.
  const dialog = page.getByRole("dialog");
  await page.getByRole("button", { name: "Nouveau moniteur" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Nom").fill(name);
  await dialog.getByLabel("Adresse").fill("ftp://127.0.0.1/api/health");
  await dialog.getByLabel("Délai (ms)").fill("50");
  await dialog.getByRole("button", { name: "Ajouter le moniteur" }).click();
  await expect(dialog.getByText("Saisissez une adresse http:// ou https://.")).toBeVisible();
  await expect(dialog.getByText("Entre 100 et 30 000 ms.")).toBeVisible();

  await dialog.getByLabel("Adresse").fill(`${baseURL}/api/health`);
  await dialog.getByLabel("Délai (ms)").fill("3000");
  await dialog.getByLabel("Intervalle (s)").fill("10");
  const created = actionDone(page);
  await dialog.getByRole("button", { name: "Ajouter le moniteur" }).click();
  expect((await created).ok()).toBe(true);
  await expect(dialog).toBeHidden();

  // The scheduler checks it (a new monitor is due at once); the page follows without a reload.
  const card = page.getByTestId("monitor-card").filter({ hasText: name });
  await expect(card).toBeVisible();
  await runJob(page.request, "service-checks");
  await expect(card).toHaveAttribute("data-status", "UP");
  await expect(card.getByTestId("monitor-latency")).toHaveText(/\d+(,\d+)?\s?ms/);
  await expect(card.getByTestId("monitor-checked")).toContainText("Vérifié le");

  // "Check now" checks it again at once.
  const checked = actionDone(page);
  await card.getByRole("button", { name: `Vérifier ${name} maintenant` }).click();
  expect((await checked).ok()).toBe(true);

  // Deleting asks first; cancelling keeps it.
  await card.getByRole("button", { name: `Supprimer ${name}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("règles d'alerte");
  await confirm.getByRole("button", { name: "Annuler" }).click();
  await expect(card).toBeVisible();
  // The dialog, loaded when about to be opened, hands focus back to the button that opened it.
  await expect(card.getByRole("button", { name: `Supprimer ${name}` })).toBeFocused();
  await card.getByRole("button", { name: `Supprimer ${name}` }).click();
  const deleted = actionDone(page);
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer", exact: true }).click();
  expect((await deleted).ok()).toBe(true);
  await expect(card).toHaveCount(0);
  // A built-in check offers no delete.
  await expect(page.getByRole("button", { name: "Supprimer Base de données" })).toHaveCount(0);
});

test("a seller reads the services page but has no admin action", async ({ page }) => {
  await login(page, "SELLER");
  await page.goto("/livepulse/services");
  await expect(page.getByTestId("monitor-card").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Nouveau moniteur" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Vérifier .* maintenant$/ })).toHaveCount(0);

  // The REST API: read, not manage.
  const list = await page.request.get("/api/livepulse/metrics/services");
  expect(list.status()).toBe(200);
  const { services } = await list.json();
  expect(services.find((s: { id: string }) => s.id === "check_database")).toMatchObject({
    builtin: true,
    uptime7d: expect.any(Number),
    recent: expect.any(Array),
  });
  const refused = await page.request.post("/api/livepulse/monitors", {
    data: { name: "Interdit", kind: "TCP", target: "127.0.0.1:9", timeoutMs: 1000, intervalSeconds: 60 },
  });
  expect(refused.status()).toBe(403);
});

test("the monitors API refuses bad input with its field and keeps built-in checks", async ({ page }) => {
  await login(page, "ADMIN");
  const bad = await page.request.post("/api/livepulse/monitors", {
    data: { name: "Mauvais", kind: "HTTP", target: "ftp://example.test", timeoutMs: 50, intervalSeconds: 60 },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fields).toEqual({ target: ["httpUrl"], timeoutMs: ["timeoutRange"] });

  const created = await page.request.post("/api/livepulse/monitors", {
    data: { name: "Port fermé", kind: "TCP", target: "127.0.0.1:9", timeoutMs: 1000, intervalSeconds: 60 },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const changed = await page.request.put(`/api/livepulse/monitors/${id}`, {
    data: { name: "Port fermé", timeoutMs: 1000, intervalSeconds: 120, enabled: false },
  });
  expect(await changed.json()).toMatchObject({ intervalSeconds: 120, enabled: false, target: "127.0.0.1:9" });

  const moved = await page.request.put("/api/livepulse/monitors/check_database", {
    data: { name: "Base de données", timeoutMs: 5000, intervalSeconds: 30, kind: "HTTP", target: "http://elsewhere.test" },
  });
  expect(moved.status()).toBe(422);
  expect((await page.request.delete("/api/livepulse/monitors/check_database")).status()).toBe(409);
  expect((await page.request.delete(`/api/livepulse/monitors/${id}`)).status()).toBe(200);
  expect((await page.request.delete(`/api/livepulse/monitors/${id}`)).status()).toBe(404);
});
