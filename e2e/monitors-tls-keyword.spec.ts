import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "./fixtures";
import { login, runJob } from "./support";

const SHOTS = process.env.SCREENSHOT_DIR;
const dir = mkdtempSync(join(tmpdir(), "e2e-monitor-tls-"));
let https: Server;
let http: Server;
const port = (server: Server) => (server.address() as AddressInfo).port;
const listen = (server: Server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

test.beforeAll(async () => {
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10", "-subj", "/CN=localhost", "-keyout", "key.pem", "-out", "cert.pem"],
    { cwd: dir, stdio: "ignore" },
  );
  https = createHttpsServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (_, res) =>
    res.end("ok"),
  );
  http = createHttpServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>Maintenance</h1>"));
  await Promise.all([listen(https), listen(http)]);
});

test.afterAll(async () => {
  https.closeAllConnections();
  http.closeAllConnections();
  await Promise.all([new Promise((r) => https.close(r)), new Promise((r) => http.close(r))]);
  rmSync(dir, { recursive: true, force: true });
});

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

test("a monitor shows its certificate expiry and its keyword failure", async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const keywordName = `Accueil ${stamp}`;
  const tlsName = `Portail ${stamp}`;
  await login(page, "ADMIN");

  // The HTTPS monitor through the REST API (a self-signed certificate: down, but its expiry is read).
  const created = await page.request.post("/api/livepulse/monitors", {
    data: { name: tlsName, kind: "HTTP", target: `https://127.0.0.1:${port(https)}/`, timeoutMs: 3000, intervalSeconds: 600 },
  });
  expect(created.status()).toBe(201);
  const refused = await page.request.post("/api/livepulse/monitors", {
    data: { name: "Mauvais mode", kind: "HTTP", target: "https://example.com", timeoutMs: 3000, intervalSeconds: 60, keywordMode: "MAYBE" },
  });
  expect(refused.status()).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain("keywordMode");

  // The keyword monitor through the form.
  await page.goto("/livepulse/services");
  const dialog = page.getByRole("dialog");
  await page.getByRole("button", { name: "Nouveau moniteur" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Nom").fill(keywordName);
  await dialog.getByLabel("Adresse").fill(`http://127.0.0.1:${port(http)}/`);
  await dialog.getByLabel("Mot-clé").fill("Bienvenue");
  await dialog.getByLabel("Intervalle (s)").fill("600");
  await shoot(page, "monitor-form-fr-1280");
  await dialog.getByRole("button", { name: "Ajouter le moniteur" }).click();
  await expect(dialog).toBeHidden();

  await runJob(page.request, "service-checks");
  const keywordCard = page.getByTestId("monitor-card").filter({ hasText: keywordName });
  await expect(keywordCard).toHaveAttribute("data-status", "DOWN");
  await expect(keywordCard.getByTestId("monitor-keyword")).toHaveText("La page doit contenir « Bienvenue »");
  await expect(keywordCard.getByTestId("monitor-error")).toContainText("mot-clé « Bienvenue » absent de la page");
  const tlsCard = page.getByTestId("monitor-card").filter({ hasText: tlsName });
  await expect(tlsCard.getByTestId("monitor-cert")).toHaveText(/Le certificat expire dans (9|10) jours/);
  await tlsCard.scrollIntoViewIfNeeded();
  await shoot(page, "services-fr-1280");

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(keywordCard.getByTestId("monitor-error")).toContainText("keyword “Bienvenue” not found in the page");
  await expect(tlsCard.getByTestId("monitor-cert")).toHaveText(/Certificate expires in (9|10) days/);
  await shoot(page, "services-en-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await shoot(page, "services-en-390");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "fr", url: new URL(page.url()).origin }]);
  await page.reload();
  await shoot(page, "services-fr-390");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await keywordCard.getByRole("button", { name: `Edit ${keywordName}` }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Keyword")).toHaveValue("Bienvenue");
  await shoot(page, "monitor-form-en-1280");
});
