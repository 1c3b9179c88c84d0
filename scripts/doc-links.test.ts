import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every relative link of the README and docs/ leads somewhere: to a file of the repository and,
 * when it names one, to a heading of that file (GitHub's anchors). Web links are not followed.
 */

const root = path.resolve(import.meta.dirname, "..");

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(root, "docs"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => path.posix.join("docs", file.split(path.sep).join("/")));
  return ["README.md", ...docs].sort();
}

/** The text without fenced code blocks and inline code, where a link is only an example. */
const withoutCode = (text: string) => text.replace(/^(```|~~~)[\s\S]*?^\1/gm, "").replace(/`[^`\n]*`/g, "");

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes; repeats get -1, -2… */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutCode(text.replace(/`([^`\n]*)`/g, "$1")).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, "");
    const slug = plain
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** The targets of a Markdown file's links and images (`[text](target "title")`, `<img src>`). */
function linksOf(text: string): string[] {
  const body = withoutCode(text);
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
  const references = [...body.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]);
  const html = [...body.matchAll(/<(?:img|a)\s[^>]*(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  return [...inline, ...references, ...html];
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

describe("links of the README and docs/", () => {
  const files = markdownFiles();

  it("finds the documentation", () => {
    expect(files).toContain("docs/API.md");
  });

  it.each(files)("%s: every relative link and anchor resolves", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const dead = linksOf(text)
      .filter((target) => !isExternal(target))
      .filter((target) => {
        const [pathPart, hash] = decodeURI(target).split("#");
        const resolved = pathPart ? path.resolve(path.dirname(path.join(root, file)), pathPart) : path.join(root, file);
        if (!resolved.startsWith(root) || !existsSync(resolved)) return true;
        if (!hash || !resolved.endsWith(".md") || statSync(resolved).isDirectory()) return false;
        return !anchorsOf(readFileSync(resolved, "utf8")).has(hash);
      });
    expect(dead).toEqual([]);
  });
});
