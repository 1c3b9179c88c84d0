import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("leaves no character that could end an attribute or open a tag", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe("&lt;img src=x onerror=&quot;a(&#x27;b&#x27;)&quot;&gt; &amp; co");
  });

  it("escapes an ampersand once, so an entity typed by a person stays as typed", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
