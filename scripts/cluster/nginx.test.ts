import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSite, siteFile } from "./nginx";

const production = readFileSync(siteFile, "utf8");
const addresses = {
  listen: "127.0.0.1:18080",
  serverName: "127.0.0.1",
  upstreams: ["127.0.0.1:18081", "127.0.0.1:18082", "127.0.0.1:18083"],
};

describe("deploy/nginx.conf as the cluster test runs it", () => {
  const rendered = renderSite(production, addresses);
  const lines = rendered.split("\n");

  it("puts one upstream server per instance, with the production file's passive health check", () => {
    const servers = lines.filter((line) => /^\s*server 127\.0\.0\.1:\d+/.test(line)).map((line) => line.trim());
    const parameters = /server 127\.0\.0\.1:\d+( [^;]*);/.exec(production)![1];
    expect(parameters).toMatch(/max_fails=\d+ fail_timeout=\d+s/);
    expect(servers).toEqual(addresses.upstreams.map((address) => `server ${address}${parameters};`));
  });

  it("listens on the test's address only, as the default server and as the application's", () => {
    expect(lines.filter((line) => /^\s*listen /.test(line)).map((line) => line.trim())).toEqual([
      "listen 127.0.0.1:18080 default_server;",
      "listen 127.0.0.1:18080;",
    ]);
    expect(lines.filter((line) => /^\s*server_name /.test(line)).map((line) => line.trim())).toEqual([
      "server_name _;",
      "server_name 127.0.0.1;",
    ]);
  });

  it("keeps every other line as written", () => {
    const replaced = /^\s*(server 127\.0\.0\.1:|listen |server_name )/;
    const kept = (text: string) => text.split("\n").filter((line) => !replaced.test(line) || /server_name _;/.test(line));
    expect(kept(rendered)).toEqual(kept(production));
  });

  it("fails when the production file no longer has the lines it replaces", () => {
    expect(() => renderSite(production.replace(/listen 80;/g, "listen 8080;"), addresses)).toThrow(/expected shape/);
    expect(() => renderSite(production.replace(/server_name orbite\.example\.com;/, ""), addresses)).toThrow(/expected shape/);
    expect(() => renderSite(production.replace(/server 127\.0\.0\.1:\d+[^;]*;/g, "server app:3001;"), addresses)).toThrow(/expected shape/);
  });
});
