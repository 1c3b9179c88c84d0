import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scriptHashes, withScriptHashes, withScriptsAfterFirstPaint } from "./cache-handler.mjs";
import { cachedPagePolicy } from "./lib/security-headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the page cache's content security policy", () => {
  const html = [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
    '<script>((a,b)=>{document.documentElement.classList.add("dark")})("class","theme")</script></head>',
    '<body><script>self.__next_f.push([1,"0:{\\"a\\":\\"é\\u003c/script\\u003e\\"}"])</script>',
    '<script id="_R_">self.__next_f.push([0])</script><script></script>',
    "<script>self.__next_f.push([0])</script></body></html>",
  ].join("");

  it("hashes every inline script once, exactly as written, and no script with a src", () => {
    expect(scriptHashes(html)).toEqual([
      sha('((a,b)=>{document.documentElement.classList.add("dark")})("class","theme")'),
      sha('self.__next_f.push([1,"0:{\\"a\\":\\"é\\u003c/script\\u003e\\"}"])'),
      sha("self.__next_f.push([0])"),
    ]);
  });

  it("allows those scripts after 'self', and changes nothing else", () => {
    const policy = cachedPagePolicy({ development: false, pusher: null });
    const hashed = withScriptHashes(policy, html);
    expect(hashed).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^;]+'; style-src/);
    expect(hashed.replace(/ 'sha256-[^']+'/g, "")).toBe(policy);
    expect(/script-src [^;]*/.exec(hashed)?.[0]).not.toContain("unsafe-inline");
    expect(withScriptHashes(policy, "<p>no script</p>")).toBe(policy);
  });
});

describe("a page served from cache loads its scripts once painted", () => {
  const page = [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b-1.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    '<body><p>Hello</p><script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([0])</script></body></html>',
  ].join("");
  const loaded = withScriptsAfterFirstPaint(page);

  it("takes the boot scripts out, in their order, into one inline loader at the end of the body", () => {
    expect(loaded).not.toMatch(/<script src="[^"]+" async="">/);
    const loader = /<script>(\(\(\)=>[\s\S]*?)<\/script><\/body>/.exec(loaded)?.[1];
    expect(loader).toContain('["/_next/static/chunks/a.js","/_next/static/chunks/b-1.js","/_next/static/chunks/main.js"]');
    expect(loader).toContain("first-contentful-paint");
    // Everything else stays as it was: the page's content, its flight data, the legacy browsers' script.
    expect(loaded.replace(/<script>\(\(\)=>[\s\S]*?<\/script>/, "")).toBe(page.replace(/<script src="[^"]+" async=""><\/script>/g, ""));
  });

  it("has its loader allowed by the page's policy", () => {
    const loader = /<script>(\(\(\)=>[\s\S]*?)<\/script><\/body>/.exec(loaded)![1];
    expect(scriptHashes(loaded)).toContain(sha(loader));
  });

  it("leaves a page without boot scripts, or not whole, as it is", () => {
    expect(withScriptsAfterFirstPaint("<html><body><p>x</p></body></html>")).toBe("<html><body><p>x</p></body></html>");
    const cut = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>';
    expect(withScriptsAfterFirstPaint(cut)).toBe(cut);
  });
});
