import { ticketReference } from "../format";
import { slaView, type SlaClock } from "./sla";

/** A ticket as the API answers it: with its reference and its SLA state at `now`. */
export function presentTicket<T extends SlaClock & { number: number }>(ticket: T, now = new Date()) {
  return { ...ticket, reference: ticketReference(ticket.number), sla: slaView(ticket, now) };
}
