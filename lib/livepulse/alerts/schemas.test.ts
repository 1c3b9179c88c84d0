import { describe, expect, it } from "vitest";
import { raiseAlertBody, raiseAlertFormSchema } from "./schemas";

const alertmanager = {
  version: "4",
  groupKey: "{}:{}",
  status: "firing",
  receiver: "livepulse",
  alerts: [{ status: "firing", labels: { alertname: "DiskFull" }, startsAt: "2026-12-05T09:00:00Z", fingerprint: "a1" }],
};

describe("raiseAlertBody", () => {
  it("reads an Alertmanager notification by its version, and anything else as one alert", () => {
    expect(raiseAlertBody.parse(alertmanager)).toMatchObject({ version: "4", groupLabels: {}, alerts: [{ annotations: {} }] });
    expect(raiseAlertBody.parse({ title: "Disque plein" })).toMatchObject({
      severity: "WARNING",
      status: "firing",
      fingerprint: null,
      source: null,
      service: null,
    });
  });

  it("names the field that does not fit", () => {
    const path = (body: unknown) => raiseAlertBody.safeParse(body).error?.issues[0].path.join(".");
    expect(path({ ...alertmanager, version: "3" })).toBe("version");
    expect(path({ ...alertmanager, alerts: [{ ...alertmanager.alerts[0], startsAt: "yesterday" }] })).toBe("alerts.0.startsAt");
    expect(path({ title: "Disque plein", status: "resolved" })).toBe("fingerprint");
    expect(path({ title: "Disque plein", link: "ftp://example.test" })).toBe("link");
  });

  it("gives the dialog only what staff fill in", () => {
    expect(Object.keys(raiseAlertFormSchema.shape).sort()).toEqual(["details", "service", "severity", "title"]);
  });
});
