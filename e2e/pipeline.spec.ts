import { expect, test, type Locator, type Page } from "./fixtures";
import { login } from "./support";

const column = (page: Page, stage: string) => page.getByTestId(`pipeline-column-${stage}`);
const countOf = async (col: Locator) => Number(await col.getByTestId("column-count").textContent());
const cardIn = (col: Locator, id: string) => col.locator(`[data-lead-id="${id}"]`);
/** The POST of a server action (Next sends them to the page's URL with a `next-action` header). */
const actionDone = (page: Page) => page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);

async function openBoard(page: Page) {
  await login(page, "SELLER");
  await page.goto("/crm/pipeline");
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible();
  // Keys pressed before hydration would scroll the page instead of lifting a card.
  await expect(page.locator("[data-pipeline-board][data-ready]")).toBeAttached();
}

test("a seller moves a lead to the next stage with the keyboard; counts follow and the move persists", async ({ page }) => {
  await openBoard(page);
  const from = column(page, "NEW");
  const to = column(page, "CONTACTED");
  const [fromCount, toCount] = [await countOf(from), await countOf(to)];
  expect(fromCount).toBeGreaterThan(0);

  const card = from.getByTestId("pipeline-card").first();
  const id = (await card.getAttribute("data-lead-id"))!;
  // The card explains how to move it, in French.
  const instructions = await card.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${instructions}"]`)).toContainText("appuyez sur Espace");

  await card.focus();
  await expect(card).toBeFocused();
  await page.keyboard.press("Space");
  const announcer = page.locator("[id^='rfd-announcement']");
  await expect(announcer).toContainText("soulevé");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("Étape Contacté");
  const saved = actionDone(page);
  await page.keyboard.press("Space");

  // Optimistic: the card and the figures move at once.
  await expect(cardIn(to, id)).toBeVisible();
  await expect(cardIn(from, id)).toHaveCount(0);
  await expect(from.getByTestId("column-count")).toHaveText(String(fromCount - 1));
  await expect(to.getByTestId("column-count")).toHaveText(String(toCount + 1));
  await expect(announcer).toContainText("déposé à l'étape Contacté");
  // Focus stays on the card in its new column, for the next move.
  await expect(cardIn(to, id)).toBeFocused();
  expect((await saved).ok()).toBe(true);

  await page.reload();
  await expect(cardIn(column(page, "CONTACTED"), id)).toBeVisible();
  await expect(cardIn(column(page, "NEW"), id)).toHaveCount(0);
  await expect(column(page, "NEW").getByTestId("column-count")).toHaveText(String(fromCount - 1));
  await expect(column(page, "CONTACTED").getByTestId("column-count")).toHaveText(String(toCount + 1));
});

test("a seller drags a lead to the next stage with the mouse", async ({ page }) => {
  await openBoard(page);
  const from = column(page, "CONTACTED");
  const to = column(page, "QUALIFIED");
  const [fromCount, toCount] = [await countOf(from), await countOf(to)];
  const card = from.getByTestId("pipeline-card").first();
  const id = (await card.getAttribute("data-lead-id"))!;

  const start = (await card.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Past the library's sloppy-click threshold, then across to the next column, in steps.
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + 90, { steps: 20 });
  const saved = actionDone(page);
  await page.mouse.up();

  await expect(cardIn(to, id)).toBeVisible();
  await expect(from.getByTestId("column-count")).toHaveText(String(fromCount - 1));
  await expect(to.getByTestId("column-count")).toHaveText(String(toCount + 1));
  expect((await saved).ok()).toBe(true);
  // Dropping does not follow the card's link.
  await expect(page).toHaveURL(/\/crm\/pipeline$/);

  await page.reload();
  await expect(cardIn(column(page, "QUALIFIED"), id)).toBeVisible();
});

test("dropping on Lost asks for a reason; cancelling puts the card back", async ({ page }) => {
  await openBoard(page);
  const from = column(page, "NEGOTIATION");
  const lostCount = await countOf(column(page, "LOST"));
  const card = from.getByTestId("pipeline-card").first();
  const id = (await card.getAttribute("data-lead-id"))!;

  await card.focus();
  await page.keyboard.press("Space");
  const announcer = page.locator("[id^='rfd-announcement']");
  await expect(announcer).toContainText("soulevé");
  // Each arrow waits for the previous move to be announced (the library animates it first).
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("Gagné");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("Perdu");
  await page.keyboard.press("Space");

  const dialog = page.getByRole("dialog", { name: /Marquer .* comme perdu/ });
  await expect(dialog).toBeVisible();
  await expect(cardIn(column(page, "LOST"), id)).toBeVisible();
  await dialog.getByRole("button", { name: "Marquer comme perdu" }).click();
  await expect(dialog.getByText("Indiquez la raison (3 caractères au moins).")).toBeVisible();
  await dialog.getByRole("button", { name: "Annuler" }).click();

  await expect(dialog).toBeHidden();
  await expect(cardIn(from, id)).toBeVisible();
  await expect(cardIn(from, id)).toBeFocused();
  await expect(column(page, "LOST").getByTestId("column-count")).toHaveText(String(lostCount));
});

test("dropping on Won asks to confirm, then shows the new customer account's temporary password", async ({ page }) => {
  await openBoard(page);
  const wonCount = await countOf(column(page, "WON"));
  // A prospect of the seed with no customer account yet.
  const card = column(page, "NEGOTIATION").getByRole("link", { name: /^Elise Morel,/ });
  const id = (await card.getAttribute("data-lead-id"))!;

  await card.focus();
  await page.keyboard.press("Space");
  const announcer = page.locator("[id^='rfd-announcement']");
  await expect(announcer).toContainText("soulevé");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("Gagné");
  await page.keyboard.press("Space");

  const confirm = page.getByRole("alertdialog", { name: "Marquer Elise Morel comme gagné ?" });
  await expect(confirm).toContainText("elise@morel-cosmetiques.fr");
  await confirm.getByRole("button", { name: "Marquer comme gagné" }).click();

  const account = page.getByRole("alertdialog", { name: "Compte client créé" });
  await expect(account.getByLabel("Mot de passe temporaire")).toHaveValue(/^[\w-]{12}$/);
  await account.getByRole("button", { name: "Terminé" }).click();
  await expect(account).toBeHidden();
  await expect(column(page, "WON").getByTestId("column-count")).toHaveText(String(wonCount + 1));

  await page.reload();
  await expect(cardIn(column(page, "WON"), id)).toBeVisible();
});

test("support sees the board read only", async ({ page }) => {
  await login(page, "SUPPORT");
  await page.goto("/crm/pipeline");
  await expect(page.getByText("Lecture seule")).toBeVisible();
  const card = column(page, "NEW").getByTestId("pipeline-card").first();
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute("aria-describedby", /.+/);
  await expect(page.getByRole("navigation", { name: "Leads affichés" })).toHaveCount(0);
});
