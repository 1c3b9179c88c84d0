/**
 * The headers every answer carries (pages, API, assets), set once in next.config.ts. The content
 * security policy with per-request nonces, and HSTS behind a trusted TLS proxy, come on top.
 */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // No other site may frame a page (clickjacking); CSP's frame-ancestors says the same to newer browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
] as const;
