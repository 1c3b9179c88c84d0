import { z } from "zod";

/** `a,b` or a repeated parameter, as URLs and forms send a list of an enum's values. */
export const listOf = <const T extends readonly string[]>(values: T) =>
  z.preprocess(
    (raw) => (raw === undefined || raw === "" ? undefined : (Array.isArray(raw) ? raw : String(raw).split(",")).filter(Boolean)),
    z.array(z.enum(values as unknown as readonly [T[number], ...T[number][]])).optional(),
  );

/** The page and page size of a list, as every list query takes them (spread into its object). */
export const pagination = (defaultSize: number, maxSize = 100) => ({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxSize).default(defaultSize),
});

/** One page of a list as the API answers it: the items, how many match in all, and where the page is. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().meta({ description: "How many items match, on every page" }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
