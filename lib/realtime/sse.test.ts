import { describe, expect, it } from "vitest";
import { parseChannelList, parseEventId, sseComment, sseEvent, sseRetry, streamCursor } from "./sse";

describe("SSE framing", () => {
  it("frames an event with its id and one data line, ending with a blank line", () => {
    expect(sseEvent("42", { channel: "private-staff", event: "ticket.updated", data: { id: "t1" } })).toBe(
      'id: 42\ndata: {"channel":"private-staff","event":"ticket.updated","data":{"id":"t1"}}\n\n',
    );
  });

  it("keeps line breaks inside data escaped, so one event stays one message", () => {
    const frame = sseEvent("7", { channel: "c", event: "e", data: { text: "a\nb\r\nc" } });
    expect(frame.split("\n").filter((l) => l.startsWith("data: "))).toHaveLength(1);
    expect(frame.endsWith("\n\n")).toBe(true);
  });

  it("writes comments on one line and the retry field in whole milliseconds", () => {
    expect(sseComment("ping")).toBe(": ping\n\n");
    expect(sseComment("a\nb")).toBe(": a b\n\n");
    expect(sseRetry(2999.6)).toBe("retry: 3000\n\n");
  });
});

describe("stream cursor", () => {
  it("reads an event id as a bigint and nothing else", () => {
    expect(parseEventId("123")).toBe(123n);
    expect(parseEventId(" 9 ")).toBe(9n);
    expect(parseEventId("9223372036854775807")).toBe(9223372036854775807n);
    for (const bad of [null, undefined, "", "-1", "1.5", "abc", "12a", "9223372036854775808", "99999999999999999999"]) {
      expect(parseEventId(bad), String(bad)).toBeNull();
    }
  });

  it("starts after the later of the Last-Event-ID header and the lastEventId parameter", () => {
    expect(streamCursor("10", "12")).toBe(12n);
    expect(streamCursor("15", "12")).toBe(15n);
    expect(streamCursor(null, "3")).toBe(3n);
    expect(streamCursor("4", undefined)).toBe(4n);
    expect(streamCursor("junk", "")).toBeNull();
    expect(streamCursor(null, null)).toBeNull();
  });

  it("splits a channel list, trimmed, without empties or repeats", () => {
    expect(parseChannelList("private-staff, private-user-a,,private-staff")).toEqual(["private-staff", "private-user-a"]);
    expect(parseChannelList("")).toEqual([]);
    expect(parseChannelList(undefined)).toEqual([]);
  });
});
