import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * The token of a ticket's reply address, `<local>+t-<token>@<domain>`: it says which ticket an
 * emailed answer belongs to, and proves the app wrote it. Binary, then base32 in lower case (mail
 * systems may change the case of a local part, and base32 survives that): the ticket's number (4
 * bytes), the expiry in seconds since 1970 (4 bytes), and the first 16 bytes of an HMAC-SHA256 over
 * the ticket's id, the recipient's user id and the expiry. 24 bytes, 39 characters: the whole local
 * part stays within the 64 characters addresses allow. The recipient is not carried: a ticket's
 * replies go to its customer, whose id the verifier reads from the ticket and signs again.
 */

/** How long a reply address works after the email that carries it was written. */
export const replyTokenDays = 90;

const macBytes = 16;
const tokenBytes = 8 + macBytes;
const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
export const replyTokenLength = Math.ceil((tokenBytes * 8) / 5);

function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.toLowerCase()) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

const mac = (key: Uint8Array, ticketId: string, userId: string, expires: number) =>
  createHmac("sha256", key).update(`${ticketId}\n${userId}\n${expires}`).digest().subarray(0, macBytes);

export type ReplyTicket = { id: string; number: number; customerId: string };

/** A token for `ticket`'s customer, valid `replyTokenDays` from `now`. */
export function signReplyToken(key: Uint8Array, ticket: ReplyTicket, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + replyTokenDays * 86_400;
  const bytes = Buffer.alloc(tokenBytes);
  bytes.writeUInt32BE(ticket.number, 0);
  bytes.writeUInt32BE(expires, 4);
  mac(key, ticket.id, ticket.customerId, expires).copy(bytes, 8);
  return base32(bytes);
}

/** What a token says before it is checked: the ticket it names, and until when. Null for what no token looks like. */
export function readReplyToken(token: string): { number: number; expires: number; mac: Buffer } | null {
  if (token.length !== replyTokenLength) return null;
  const bytes = fromBase32(token);
  if (!bytes || bytes.length !== tokenBytes) return null;
  return { number: bytes.readUInt32BE(0), expires: bytes.readUInt32BE(4), mac: bytes.subarray(8) };
}

export type ReplyTokenCheck = "valid" | "forged" | "expired";

/** Whether a token was signed for this ticket and its customer, and still works; compared in constant time. */
export function checkReplyToken(key: Uint8Array, token: string, ticket: ReplyTicket, now = new Date()): ReplyTokenCheck {
  const read = readReplyToken(token);
  if (!read || read.number !== ticket.number) return "forged";
  if (!timingSafeEqual(read.mac, mac(key, ticket.id, ticket.customerId, read.expires))) return "forged";
  return read.expires * 1000 > now.getTime() ? "valid" : "expired";
}

const tokenPattern = new RegExp(`\\+t-([${alphabet}]{${replyTokenLength}})@`, "i");

/** The reply address of `ticket`: `replyAddress`'s local part, `+t-`, the token, then its domain. */
export function replyAddressFor(replyAddress: string, token: string): string {
  const at = replyAddress.lastIndexOf("@");
  return `${replyAddress.slice(0, at)}+t-${token}${replyAddress.slice(at)}`;
}

/** The token in an address such as `support+t-<token>@example.com`, or null. */
export function tokenInAddress(address: string): string | null {
  return address.match(tokenPattern)?.[1]?.toLowerCase() ?? null;
}
