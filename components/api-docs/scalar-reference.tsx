"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";
import { useTheme } from "next-themes";

/**
 * "Test Request" without a pasted token still sends `Authorization: Bearer` with nothing after it,
 * which the API refuses (401) as a token that names nothing: such a call goes with the session
 * cookie alone, as the browser adds it to any same-origin request.
 */
function dropEmptyBearer({ request }: { request: Request }) {
  if (/^\s*bearer\s*$/i.test(request.headers.get("authorization") ?? "")) request.headers.delete("authorization");
}

/**
 * Scalar's reference of the API, reading the document the app serves. Everything it needs comes
 * from this origin: no fonts from its CDN, no proxy (calls are same-origin, so the browser adds the
 * session cookie itself), no telemetry, no AI chat, and no links out to its hosted client.
 */
export default function ScalarReference({ documentUrl }: { documentUrl: string }) {
  const { resolvedTheme } = useTheme();
  return (
    <ApiReferenceReact
      configuration={{
        url: documentUrl,
        // Rendered in the browser only: calls go to the origin the page came from.
        servers: [{ url: window.location.origin }],
        withDefaultFonts: false,
        telemetry: false,
        hideClientButton: true,
        showDeveloperTools: "never",
        mcp: { disabled: true },
        agent: { disabled: true },
        hideDarkModeToggle: true,
        forceDarkModeState: resolvedTheme === "dark" ? "dark" : "light",
        persistAuth: false,
        authentication: { preferredSecurityScheme: "apiToken" },
        defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
        onRequestBuilt: dropEmptyBearer,
        // Its sticky parts stay below the app's header (4rem).
        customCss: ".scalar-app { --scalar-custom-header-height: 4rem; }",
      }}
    />
  );
}
