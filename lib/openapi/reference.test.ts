import { describe, expect, it } from "vitest";
import { apiDocument } from "./api-document";
import { apiReference } from "./reference";

describe("the API reference", () => {
  const tags = apiReference(apiDocument());
  const operation = (id: string) => tags.flatMap((tag) => tag.operations).find((candidate) => candidate.id === id)!;

  it("puts every operation of the document under its tag, once", () => {
    const document = apiDocument();
    const count = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);
    expect(tags.map((tag) => tag.name)).toEqual(document.tags.map((tag) => tag.name));
    expect(tags.reduce((sum, tag) => sum + tag.operations.length, 0)).toBe(count);
    expect(tags.every((tag) => tag.operations.length > 0)).toBe(true);
  });

  it("describes a route's path parameter, its answer and its errors", () => {
    const read = operation("getHostingRequestsById");
    expect(read.method).toBe("get");
    expect(read.path).toBe("/api/hosting/requests/{id}");
    expect(read.pathParameters).toEqual([expect.objectContaining({ name: "id", required: true })]);
    expect(read.body).toBeNull();
    expect(read.answer.status).toBe("200");
    expect(read.answer.fields).toMatchObject({ kind: "fields" });
    expect(read.errors).toContainEqual({ status: 404, code: "NOT_FOUND" });
    expect(read.curl).toContain("https://hosting.example/api/hosting/requests/");
  });

  it("gives a JSON body its fields, which are required, and an example to send", () => {
    const submit = operation("postHostingRequests");
    expect(submit.body).toMatchObject({ mediaType: "application/json", required: true });
    const fields = submit.body!.fields!;
    expect(fields.kind === "fields" && fields.rows.find((row) => row.name === "idempotencyKey")).toMatchObject({ required: true });
    expect(JSON.parse(submit.body!.example!)).toHaveProperty("idempotencyKey");
    expect(submit.answer.status).toBe("201");
    expect(submit.repeats.map((repeat) => repeat.status)).toEqual(["200"]);
  });
});
