import { writeFileSync } from "node:fs";
import { renderEmail } from "../lib/mail/render-email";

const kinds = [
  { kind: "PASSWORD_RESET", params: { token: "x".repeat(43) } },
  { kind: "REGISTRATION_ATTEMPT", params: {} },
  { kind: "EMAIL_VERIFICATION", params: { token: "y".repeat(43) } },
] as const;
for (const locale of ["fr", "en"]) {
  for (const request of kinds) {
    const mail = await renderEmail(request as never, { name: "Camille Martin", locale }, "https://hosting.example.com");
    writeFileSync(`/tmp/mail-shots/${request.kind}-${locale}.html`, mail.html);
    writeFileSync(`/tmp/mail-shots/${request.kind}-${locale}.txt`, `Subject: ${mail.subject}\n\n${mail.text}`);
  }
}
