import { describe, expect, it } from "vitest";
import { clientAddress, isHttps } from "./request-info";

const headers = (forwardedFor?: string, proto?: string) =>
  new Headers({ ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), ...(proto ? { "x-forwarded-proto": proto } : {}) });

describe("clientAddress", () => {
  it("takes the connection's peer, whatever the client wrote, when no proxy is trusted", () => {
    expect(clientAddress(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(headers("1.2.3.4, 5.6.7.8, 203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("counts back one entry per trusted proxy, so rotated values written by the client are never read", () => {
    // nginx appended the client's address, the server appended nginx's.
    expect(clientAddress(headers("9.9.9.9, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("8.8.8.8, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers("198.51.100.7, 10.0.0.3, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("never runs off the chain and names an unknown caller", () => {
    expect(clientAddress(headers("10.0.0.2"), 3)).toBe("10.0.0.2");
    expect(clientAddress(headers(), 0)).toBe("unknown");
  });
});

describe("isHttps", () => {
  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(isHttps(headers("1.1.1.1", "https"), 0)).toBe(false);
    expect(isHttps(headers("1.1.1.1", "https"), 1)).toBe(true);
    expect(isHttps(headers("1.1.1.1", "http"), 1)).toBe(false);
  });
});
