import { describe, expect, it } from "vitest";
import { triggerRefusal } from "./pusher-server";

describe("reading a trigger's answer", () => {
  it("takes hosted Pusher's and soketi's success answers", () => {
    expect(triggerRefusal("{}")).toBeNull();
    expect(triggerRefusal('{"ok":true}')).toBeNull();
    expect(triggerRefusal("")).toBeNull();
  });

  it("reads soketi's HTTP 200 with {code: 401} as a refusal", () => {
    expect(triggerRefusal('{"code":401}')).toMatch(/401/);
    expect(triggerRefusal('{"error":"The app does not exist","code":404}')).toMatch(/404: The app does not exist/);
    expect(triggerRefusal('{"error":"Invalid signature"}')).toMatch(/Invalid signature/);
  });
});
