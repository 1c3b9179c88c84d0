import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buttonSizeNames, buttonVariantNames, buttonVariants } from "./button";

const stylesheet = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");

describe("buttonVariants", () => {
  it("names the variant and size as the attributes the stylesheet reads, the defaults included", () => {
    expect(buttonVariants()).toEqual({ className: "ui-button", "data-variant": "default", "data-size": "default" });
    expect(buttonVariants({ variant: "ghost", size: "icon" })).toMatchObject({ "data-variant": "ghost", "data-size": "icon" });
  });

  it.each(buttonVariantNames)("the %s variant has its rule in the stylesheet", (variant) => {
    expect(stylesheet).toContain(`.ui-button[data-variant="${variant}"] {`);
  });

  it.each(buttonSizeNames)("the %s size has its rule in the stylesheet", (size) => {
    expect(stylesheet).toContain(`.ui-button[data-size="${size}"] {`);
  });
});
