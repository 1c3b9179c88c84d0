import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scriptHashes, withScriptHashes } from "./cache-handler.mjs";
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
