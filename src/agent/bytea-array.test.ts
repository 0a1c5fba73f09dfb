import pg from "pg";
import { describe, expect, it } from "vitest";
import { BYTEA_ARRAY, checkpointTypes, parseByteaArray } from "./bytea-array";

const pgReader = pg.types.getTypeParser(BYTEA_ARRAY, "text") as (text: string) => unknown;
const hex = (s: string) => `"\\\\x${Buffer.from(s).toString("hex")}"`;

describe("parseByteaArray", () => {
  it("reads bytea[] in text form exactly as pg's own reader does", () => {
    const big = `{${Array.from({ length: 7 }, (_, i) => `{${hex(`chan${i}`)},${hex("json")},${hex("x".repeat(5000 + i))}}`).join(",")}}`;
    for (const text of [
      "{}",
      "{NULL}",
      '{"\\\\x"}',
      `{${hex("ab")},NULL,${hex("\u0000\u00ff")}}`,
      `{{${hex("ab")},NULL},{"\\\\x",NULL}}`,
      '{{"\\\\x0A0b"}}',
      big,
      // Not the hex form the fast path reads: pg's reader answers.
      '[1:1]={"\\\\x61"}',
      '{"\\\\x61"} ',
      '{"\\\\x6"}',
    ])
      expect(parseByteaArray(text)).toEqual(pgReader(text));
  });

  it("is what the checkpointer's pool uses for bytea[], and pg's own parsers for everything else", () => {
    expect(checkpointTypes.getTypeParser(BYTEA_ARRAY, "text")).toBe(parseByteaArray);
    expect(checkpointTypes.getTypeParser(pg.types.builtins.BYTEA, "text")).toBe(
      pg.types.getTypeParser(pg.types.builtins.BYTEA, "text"),
    );
    expect(checkpointTypes.getTypeParser(BYTEA_ARRAY, "binary")).toBe(pg.types.getTypeParser(BYTEA_ARRAY, "binary"));
  });
});
