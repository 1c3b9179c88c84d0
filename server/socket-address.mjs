// Preloaded into the Next.js server (`node --import ./server/socket-address.mjs …`): appends the
// connecting socket's address to X-Forwarded-For on every request, as a proxy would. Next itself
// only fills the header when it is absent, so a client could otherwise name any address it likes;
// with this, the last entry is always the peer, and lib/request-info.ts counts back from it by the
// number of proxies the configuration trusts.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithSocketAddress(event, request, ...rest) {
  if (event === "request" && request && request.headers && request.socket) {
    const peer = request.socket.remoteAddress;
    if (peer) {
      const sent = request.headers["x-forwarded-for"];
      request.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
    }
  }
  return emit.call(this, event, request, ...rest);
};
