import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free local port, for the outbox's suites: it keeps what it accepts
 * (parsed), and refuses the next messages when told, as a server that is busy would (451).
 */
export async function startSmtpServer(options: { delayMs?: number } = {}) {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: nodemailer would otherwise upgrade to TLS, with no certificate here.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          if (refusals > 0) {
            refusals -= 1;
            const error = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
            return callback(error);
          }
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The next `count` messages are refused with 451. */
    refuseNext(count: number) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link to a page of the app in a message's text. */
export function linkIn(text: string, path: string): string | null {
  return text.match(new RegExp(`https?://[^\\s\\]]+${path.replace(/[?]/g, "\\?")}[^\\s\\]]*`))?.[0] ?? null;
}
