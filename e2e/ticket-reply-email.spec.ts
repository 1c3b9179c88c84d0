import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { expect, test } from "./fixtures";
import { demo, login } from "./support";

/** The secret scripts/e2e.ts gives the server. */
const inboundSecret = "e2e-inbound-email-secret-0123456789";

test("support's reply is emailed to the customer, who answers it by email", async ({ browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const subject = `Certificat expiré ${stamp}`;
  const reply = `Le certificat est renouvelé (${stamp}).`;
  const note = `Note interne : renouvellement manuel (${stamp}).`;
  const answer = `Merci, tout fonctionne (${stamp}).`;

  const customer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const support = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const admin = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await Promise.all([login(customer, "CUSTOMER"), login(support, "SUPPORT"), login(admin, "ADMIN")]);

  // The customer opens a ticket; support answers it publicly, and writes a note for the team.
  const opened = await customer.request.post("/api/crm/tickets", {
    data: { subject, description: "Le navigateur signale un certificat expiré." },
  });
  expect(opened.status()).toBe(201);
  const ticket = (await opened.json()) as { id: string };
  for (const data of [{ body: reply }, { body: note, internal: true }]) {
    expect((await support.request.post(`/api/crm/tickets/${ticket.id}/comments`, { data })).status()).toBe(201);
  }

  // The admin's delivery log shows the one message, with the reply, its Reply-To, and never the note.
  await admin.goto("/admin/emails");
  await admin.getByRole("row").filter({ hasText: subject }).getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(subject);
  await expect(admin.getByTestId("email-text")).toContainText(reply);
  await expect(admin.getByTestId("email-text")).not.toContainText(note);
  const replyTo = ((await admin.getByTestId("email-reply-to").textContent()) ?? "").trim();
  expect(replyTo).toMatch(/\+t-[a-z2-7]{39}@/);

  // The customer answers from their mail client; the inbound mail service posts the message.
  await customer.goto(`/hosting/tickets/${ticket.id}`);
  const raw = await new MailComposer({
    from: `Camille Martin <${demo("CUSTOMER").email}>`,
    to: replyTo,
    subject: `Re: ${subject}`,
    text: `${answer}\n\nLe sam. 5 déc. 2026 à 10:00, Orbite <${replyTo}> a écrit :\n> ${reply}\n`,
    messageId: `<answer-${stamp}@client.test>`,
  })
    .compile()
    .build();
  const post = () =>
    customer.request.post("/api/inbound/email", {
      headers: { authorization: `Bearer ${inboundSecret}`, "content-type": "message/rfc822" },
      data: raw,
    });
  expect((await post()).status()).toBe(201);
  // A redelivery adds nothing.
  expect((await post()).status()).toBe(200);
  expect((await customer.request.post("/api/inbound/email", { headers: { "content-type": "message/rfc822" }, data: raw })).status()).toBe(
    401,
  );

  // Their answer appears on the ticket, live on both sides, once, without the quoted message.
  await expect(customer.getByTestId("public-message").filter({ hasText: answer })).toHaveCount(1);
  await support.goto(`/crm/tickets/${ticket.id}`);
  const message = support.getByTestId("public-message").filter({ hasText: answer });
  await expect(message).toHaveCount(1);
  await expect(message).not.toContainText("a écrit");
});
