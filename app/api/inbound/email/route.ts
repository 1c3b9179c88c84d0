import { z } from "zod";
import { route } from "@/lib/http";
import { receiveEmailReply } from "@/lib/tickets/receive-email-reply";
import { emailReplyReceivedSchema } from "@/lib/tickets/schemas";

export const dynamic = "force-dynamic";

/** A raw MIME message is mostly its attachments: generous, but bounded. */
const tenMegabytes = 10 * 1024 * 1024;

export const POST = route(
  {
    method: "POST",
    path: "/api/inbound/email",
    summary:
      "A customer's answer to a ticket email, as the inbound mail service forwards it: the raw MIME message (`message/rfc822` or `text/plain`). `Authorization: Bearer <INBOUND_EMAIL_SECRET>`; 404 while unset. 201 with the reply made, 200 for a message already received",
    tags: ["tickets"],
    access: { token: "inbound" },
    bodyEncoding: "raw",
    bodyLimit: tenMegabytes,
    body: z.instanceof(Uint8Array, { message: "required" }),
    response: emailReplyReceivedSchema,
    status: 201,
    repeatStatus: 200,
    errors: ["FORBIDDEN", "CONFLICT"],
  },
  async ({ body }) => {
    const received = await receiveEmailReply(body);
    return Response.json(received, { status: received.duplicate ? 200 : 201 });
  },
);
