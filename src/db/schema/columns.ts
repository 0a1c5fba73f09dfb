import { customType, date, timestamp } from "drizzle-orm/pg-core";

/** pgvector column without a fixed dimension: the embedding provider and its dimension are recorded per row. */
export const vector = customType<{ data: number[]; driverData: string }>({
  dataType: () => "vector",
  toDriver: (v) => `[${v.join(",")}]`,
  fromDriver: (v) => (typeof v === "string" ? JSON.parse(v) : (v as number[])),
});

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
export const day = (name: string) => date(name, { mode: "string" });
