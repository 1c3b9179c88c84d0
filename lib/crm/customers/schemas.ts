import { z } from "zod";
import { searchText } from "../../input";
import { pagination } from "../../list-query";

export const customerSortKeys = ["name", "company", "createdAt", "requests", "lifetimeValue"] as const;
export type CustomerSortKey = (typeof customerSortKeys)[number];

/** Search, sort and pagination of the customers list, as the page's URL carries them. */
export const customerListQuery = z.object({
  q: searchText.optional().transform((v) => (v ? v : undefined)),
  sort: z.enum(customerSortKeys).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  ...pagination(20),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;
