import { createServer, type IncomingHttpHeaders } from "node:http";
import { verifyWebhookSignature } from "../lib/livepulse/channels/verify-signature";
import { expect, test } from "./fixtures";
import { login } from "./support";

/** Where the app posts: a receiver this test starts on one of the journey's own ports. */
const receiverPort = Number(process.env.E2E_PORT ?? 3107) + 110;

test("an admin adds a webhook channel, attaches it to a rule and sees a signed test delivered in the log", async ({ page }) => {
  test.setTimeout(240_000);
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(receiverPort, "127.0.0.1", resolve));
  try {
    const name = `Astreinte ${Date.now()}`;
    await login(page, "ADMIN");
    await page.goto("/livepulse/alerts");
    await page.getByRole("link", { name: "Canaux" }).click();
    await expect(page.getByRole("heading", { name: "Canaux d’alerte" })).toBeVisible();

    // A bad URL is refused next to its field; a good one creates the channel and shows its secret once.
    await page.getByRole("button", { name: "Nouveau canal" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Nom").fill(name);
    await dialog.getByLabel("URL du webhook").fill("ftp://127.0.0.1/hook");
    await dialog.getByRole("button", { name: "Créer le canal" }).click();
    await expect(dialog.getByText("Saisissez une adresse http:// ou https://.")).toBeVisible();
    await dialog.getByLabel("URL du webhook").fill(`http://127.0.0.1:${receiverPort}/hook`);
    await dialog.getByRole("button", { name: "Créer le canal" }).click();
    const secretDialog = page.getByRole("dialog", { name: `Secret de signature de « ${name} »` });
    const secret = await secretDialog.getByLabel("Secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole("button", { name: "Terminé" }).click();
    const row = page.getByTestId("channel-row").filter({ hasText: name });
    await expect(row).toBeVisible();

    // The rule form picks it.
    await page.goto("/livepulse/alerts");
    await page.getByRole("button", { name: "Modifier la règle Taux d'erreur élevé" }).click();
    await page.getByRole("dialog").getByRole("checkbox", { name }).check();
    await page.getByRole("dialog").getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("rule-row").filter({ hasText: "Taux d'erreur élevé" })).toContainText(
      `Envoyée à : ${name}, Support et admins`,
    );

    // "Tester": a signed test reaches the receiver, the toast says so, the log shows it delivered.
    await page.goto("/livepulse/alerts/channels");
    await page
      .getByTestId("channel-row")
      .filter({ hasText: name })
      .getByRole("button", { name: `Envoyer un test à ${name}` })
      .click();
    await expect(page.getByText(`Test remis à « ${name} ».`)).toBeVisible();
    expect(received).toHaveLength(1);
    expect(verifyWebhookSignature(secret, received[0].body, received[0].headers, new Set())).toEqual({ ok: true });
    expect(JSON.parse(received[0].body)).toMatchObject({ event: "test", channel: { name } });
    const logged = page.getByTestId("delivery-row").filter({ hasText: name });
    await expect(logged).toContainText("Test");
    await expect(logged).toContainText("Remis");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
