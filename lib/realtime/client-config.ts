/**
 * What the browser is told about the realtime transport (never a secret). Built by the server for a
 * signed-in user (`realtimeClientConfig`), null for everyone else: no connection is opened then.
 */
export type RealtimeClientConfig =
  | {
      transport: "stream";
      /** The latest event id when the page was rendered: the stream starts after it, so nothing published meanwhile is lost. */
      cursor: string;
    }
  | {
      transport: "pusher";
      key: string;
      /** Hosted Pusher's cluster; unused when `host` is set. */
      cluster?: string;
      /** A self-hosted server (soketi): host and port the browser connects to. */
      host?: string;
      port?: number;
      useTLS: boolean;
    };

/** Where the browser sends pusher-js's channel authorization requests. */
export const pusherAuthEndpoint = "/api/realtime/auth";
/** The built-in transport's Server-Sent Events endpoint. */
export const streamEndpoint = "/api/realtime/stream";
