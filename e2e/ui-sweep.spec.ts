import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "./fixtures";
import { appRoutes, pages, pagesOf } from "./pages";
import { localeCookie } from "../i18n/locales";
import { baseURL } from "../playwright.config";
import { sessionCookies } from "./sessions";
import type { DemoRole } from "./support";

/*
 * The product as each role sees it. Every page a role can open is visited in French and English,
 * at 1280 px and 390 px, in light and dark, in a browser whose time zone is neither UTC nor the
 * business zone. The visitor's pages get four visits each (pairwise: every pair of language, width
 * and theme); each signed-in role gets two opposite visits (every language, width and theme once),
 * and the four roles, who share many pages, use different pairs. A visit fails on:
 * - a page wider than the window, or a part of it that scrolls sideways (hiding columns) where the
 *   design did not mean it to (`data-scroll-x` marks those that do: the pipeline's columns);
 * - a console error (React's hydration errors included) or an uncaught exception;
 * - an answer of 500 or more, for the page or anything it loads;
 * - an upper-case code shown as text (`P95_LATENCY_MS`, `IN_PROGRESS`), outside content marked
 *   `translate="no"` (the API reference, whose codes are its subject);
 * - in English, a word of the French catalogue (demo data and names apart, and text marked as
 *   written in another language, such as an email in its reader's language).
 */

const root = path.resolve(import.meta.dirname, "..");
const timezoneId = "America/Toronto";

type Variant = { name: string; locale: "fr" | "en"; width: 1280 | 390; colorScheme: "light" | "dark" };
const variantFor = (locale: Variant["locale"], width: Variant["width"], colorScheme: Variant["colorScheme"]): Variant => ({
  name: `${locale} ${width} ${colorScheme}`,
  locale,
  width,
  colorScheme,
});
const pairwise = [
  variantFor("fr", 1280, "light"),
  variantFor("fr", 390, "dark"),
  variantFor("en", 1280, "dark"),
  variantFor("en", 390, "light"),
];
const variantsOf: Record<DemoRole | "VISITOR", Variant[]> = {
  VISITOR: pairwise,
  CUSTOMER: [variantFor("fr", 1280, "dark"), variantFor("en", 390, "light")],
  SELLER: [variantFor("fr", 1280, "light"), variantFor("en", 390, "dark")],
  SUPPORT: [variantFor("fr", 390, "light"), variantFor("en", 1280, "dark")],
  ADMIN: [variantFor("fr", 390, "dark"), variantFor("en", 1280, "light")],
};

const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

function catalogueWords(locale: "fr" | "en"): Set<string> {
  const dir = path.join(root, "messages", locale);
  const strings: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") strings.push(value.replace(/\{[^{}]*\}/g, " "));
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const file of readdirSync(dir)) collect(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  return new Set(strings.flatMap(words));
}

/** The language menu names each language in itself. */
const languageNames = ["français"];

/**
 * Words only the French catalogue uses, apart from data: the demo data's own (names, companies,
 * subjects) and the English texts of the seeded plans (which borrow "à la carte").
 */
function frenchOnlyWords(): Set<string> {
  const seed = (file: string) => readFileSync(path.join(root, "prisma", "seed", file), "utf8");
  const english = catalogueWords("en");
  const data = new Set([
    ...languageNames,
    ...words(seed("demo-data.ts") + seed("demo-users.ts") + seed("status-page.ts")),
    ...[...seed("plans.ts").matchAll(/\ben: "([^"]*)"/g)].flatMap((match) => words(match[1])),
  ]);
  return new Set([...catalogueWords("fr")].filter((word) => word.length >= 4 && !english.has(word) && !data.has(word)));
}

const enumCode = /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/g;

/** A browser context for one role in one variant, signed in through the run's stored session. */
async function contextFor(browser: Browser, role: DemoRole | null, variant: Variant) {
  const options: BrowserContextOptions = {
    baseURL,
    locale: variant.locale === "fr" ? "fr-FR" : "en-GB",
    timezoneId,
    colorScheme: variant.colorScheme,
    viewport: { width: variant.width, height: 900 },
  };
  const context = await browser.newContext(options);
  const host = new URL(baseURL).hostname;
  await context.addCookies([{ name: localeCookie, value: variant.locale, domain: host, path: "/" }]);
  if (role) await context.addCookies(sessionCookies(role));
  return context;
}

/** Walks pages in one context and reports each page's problems; pages that send the role elsewhere are skipped. */
async function walk(page: Page, visits: string[], variant: Variant, frenchOnly: Set<string>) {
  const problems: string[] = [];
  const opened: string[] = [];
  let current = "";
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${current}: console error: ${message.text().slice(0, 300)}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: uncaught: ${error.message.slice(0, 300)}`));
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${current}: ${response.status()} from ${response.url()}`);
  });
  const stayed = (target: string) => new URL(page.url()).pathname === target;
  for (const target of visits) {
    current = `[${variant.name}] ${target}`;
    const response = await page.goto(target);
    if (!response || response.status() !== 200 || !stayed(target)) continue;
    // A page the role may not open can stream first and send it elsewhere from the browser: then
    // the page being read goes away, and the walk goes on once the new one has loaded.
    const read = async () => {
      await page.locator("html[data-hydrated]").waitFor();
      return page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        sideways: [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((element) => {
            const { overflowX } = getComputedStyle(element);
            const scrolls = overflowX === "auto" || overflowX === "scroll";
            return scrolls && element.scrollWidth > element.clientWidth + 1 && !element.closest("[data-scroll-x]");
          })
          .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`),
        text: (() => {
          // Words marked as another language than the page's (a message in its reader's language),
          // or as not to be translated (the API reference's own identifiers and codes), are data,
          // not the interface: they are left out of what is read.
          const pageLang = document.documentElement.lang;
          const foreign = [...document.body.querySelectorAll<HTMLElement>("[lang], [translate=no]")].filter(
            (el) => el.lang !== pageLang || el.translate === false,
          );
          const display = foreign.map((el) => el.style.display);
          foreign.forEach((el) => (el.style.display = "none"));
          const text = document.body.innerText;
          foreign.forEach((el, i) => (el.style.display = display[i]));
          return text;
        })(),
      }));
    };
    const seen = await read().catch(async () => {
      await page.waitForLoadState("load");
      return stayed(target) ? read() : null;
    });
    if (!seen || !stayed(target)) continue;
    opened.push(target);
    if (seen.overflow > 0) problems.push(`${current}: ${seen.overflow} px wider than the window`);
    if (seen.sideways.length) problems.push(`${current}: scrolls sideways: ${seen.sideways.join("; ")}`);
    const codes = [...new Set(seen.text.match(enumCode) ?? [])];
    if (codes.length) problems.push(`${current}: codes shown as text: ${codes.join(", ")}`);
    if (variant.locale === "en") {
      const french = [...new Set(words(seen.text).filter((word) => frenchOnly.has(word)))];
      if (french.length) problems.push(`${current}: French words in English: ${french.join(", ")}`);
    }
  }
  return { problems, opened };
}

test.describe("every page, as every role sees it", () => {
  // A role's walk opens every page it may see in each variant: about fifty pages for staff, which
  // takes five minutes and more when CI's other lanes share the two cores.
  test.describe.configure({ timeout: 600_000 });

  test("the sweep covers every page of the app", () => {
    const known = new Set(pages.map((p) => p.path));
    expect(appRoutes().filter((route) => !known.has(route))).toEqual([]);
  });

  const roles: Array<DemoRole | null> = [null, "CUSTOMER", "SELLER", "SUPPORT", "ADMIN"];
  for (const role of roles) {
    test(`${role ?? "visitor"}: no overflow, console error, 5xx, raw code or French left in English`, async ({ browser }) => {
      const frenchOnly = frenchOnlyWords();
      const variants = variantsOf[role ?? "VISITOR"];
      const discovery = await contextFor(browser, role, variants[0]);
      const candidates = await pagesOf(discovery);
      await discovery.close();

      // Each variant walks the same pages, side by side, one context each.
      const walks = await Promise.all(
        variants.map(async (variant) => {
          const context = await contextFor(browser, role, variant);
          const result = await walk(await context.newPage(), candidates, variant, frenchOnly);
          await context.close();
          return { variant, ...result };
        }),
      );
      // A page that sends the role elsewhere from the browser does so in every variant; one that
      // opens in some variants only is a problem.
      const owned = candidates.filter((path) => walks.some((w) => w.opened.includes(path)));
      expect(owned.length, "pages this role can open").toBeGreaterThan(0);
      const problems = walks.flatMap(({ variant, problems, opened }) => {
        const missed = owned.filter((path) => !opened.includes(path));
        return missed.length ? [...problems, `[${variant.name}] did not open ${missed.join(", ")}`] : problems;
      });
      expect(problems, `${owned.length} pages × ${variants.length} variants`).toEqual([]);
    });
  }
});
