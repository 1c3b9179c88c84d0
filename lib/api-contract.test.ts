import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkAnswer, contractReport, derivedErrors, readContractLog } from "./api-contract";
import type { RouteSpec } from "./http";

const lead = z.object({ id: z.string(), name: z.string(), createdAt: z.iso.datetime(), email: z.string().nullable() });
const spec: RouteSpec<unknown, unknown, unknown> = {
  method: "POST",
  path: "/api/crm/leads/{id}",
  summary: "Edit a lead",
  access: "crm:write",
  body: z.object({ name: z.string() }),
  response: lead,
  errors: ["NOT_FOUND", "CONFLICT"],
};
const json = "application/json";
const body = { id: "l1", name: "Acme", createdAt: "2026-12-06T00:00:00.000Z", email: null };
const error = (code: string, status: number) => ({ status, contentType: json, body: { error: { code, message: "No." } } });

describe("an answer against its route's declared answers", () => {
  it("passes when a success has the declared status and body", () => {
    expect(checkAnswer(spec, { status: 200, contentType: "application/json; charset=utf-8", body })).toEqual([]);
    expect(checkAnswer({ ...spec, status: 201, repeatStatus: 200 }, { status: 200, contentType: json, body })).toEqual([]);
  });

  it("fails a wrong or missing field, naming it", () => {
    expect(checkAnswer(spec, { status: 200, contentType: json, body: { ...body, createdAt: new Date(0).toString() } })).toEqual([
      expect.stringMatching(/^createdAt: /),
    ]);
    expect(checkAnswer(spec, { status: 200, contentType: json, body: { ...body, name: undefined } })).toEqual([
      expect.stringMatching(/^name: /),
    ]);
  });

  it("fails a success status other than the declared one, and a body where none is declared", () => {
    expect(checkAnswer(spec, { status: 201, contentType: json, body })).toEqual(["status 201, declared 200"]);
    expect(checkAnswer({ ...spec, response: undefined }, { status: 200, contentType: json, body })).toEqual([
      "status 200, declared 204",
      "a body where none is declared",
    ]);
    expect(checkAnswer({ ...spec, response: undefined, status: 204 }, { status: 204, contentType: null, body: undefined })).toEqual([]);
  });

  it("checks a non-JSON success by its media type", () => {
    const feed = { ...spec, response: undefined, produces: "application/atom+xml" };
    expect(checkAnswer(feed, { status: 200, contentType: "application/atom+xml; charset=utf-8", body: undefined })).toEqual([]);
    expect(checkAnswer(feed, { status: 200, contentType: "text/html", body: undefined })).toEqual([
      "content type text/html, declared application/atom+xml",
    ]);
  });

  it("passes a declared or derived error in the one error shape", () => {
    expect(checkAnswer(spec, error("CONFLICT", 409))).toEqual([]);
    expect(checkAnswer(spec, error("FORBIDDEN", 403))).toEqual([]);
    expect(checkAnswer(spec, error("VALIDATION", 422))).toEqual([]);
    expect(checkAnswer(spec, error("UNAVAILABLE", 503))).toEqual([]);
  });

  it("fails an undeclared error status, another shape, a code of another status, and any 500", () => {
    const publicRead = { ...spec, method: "GET" as const, path: "/api/plans", access: "public" as const, body: undefined, errors: [] };
    expect(checkAnswer(publicRead, error("CONFLICT", 409))).toEqual([expect.stringMatching(/^status 409 is not declared/)]);
    expect(checkAnswer(spec, { status: 404, contentType: json, body: { message: "Not found" } })).toContain(
      "error shape: error: Invalid input: expected object, received undefined",
    );
    expect(checkAnswer(spec, error("NOT_FOUND", 409))).toEqual(["error code NOT_FOUND answered with status 409"]);
    expect(checkAnswer(spec, error("INTERNAL", 500))).toEqual(["500: an unexpected failure"]);
  });

  it("checks only the errors' shape of a route that declares nothing yet", () => {
    const undeclared = { ...spec, response: undefined, errors: undefined };
    expect(checkAnswer(undeclared, { status: 201, contentType: json, body })).toEqual([]);
    expect(checkAnswer(undeclared, error("CONFLICT", 409))).toEqual([]);
    expect(checkAnswer(undeclared, error("INTERNAL", 500))).toEqual(["500: an unexpected failure"]);
  });

  it("derives the errors of a route's policies", () => {
    expect(derivedErrors(spec).sort()).toEqual(["BAD_REQUEST", "FORBIDDEN", "PAYLOAD_TOO_LARGE", "UNAUTHORIZED", "VALIDATION"]);
    expect(derivedErrors({ ...spec, access: { token: "metrics" }, body: undefined })).toEqual(["UNAUTHORIZED", "NOT_FOUND"]);
  });
});

describe("the contract log", () => {
  it("counts the answers and lists the mismatches once each", () => {
    const log = [
      { route: "GET /api/a", status: 200 },
      { route: "GET /api/b", status: 500, problems: ["500: an unexpected failure"] },
      { route: "GET /api/b", status: 500, problems: ["500: an unexpected failure"] },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const read = readContractLog(`${log}\n`);
    expect(read.answers).toBe(3);
    expect(contractReport(read)).toBe(
      "API contract: 3 answers validated against their routes' declared answers, 2 mismatched\n  GET /api/b → 500: 500: an unexpected failure (×2)",
    );
  });
});
