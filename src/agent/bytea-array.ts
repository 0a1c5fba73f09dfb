import pg from "pg";

/** Postgres' type id of bytea[] (the checkpointer's `array_agg(array[channel::bytea, type::bytea, blob])`). */
export const BYTEA_ARRAY = 1001 as Parameters<typeof pg.types.getTypeParser>[0];

const ELEMENT = /"\\\\x([0-9a-fA-F]*)"|NULL/y;

/**
 * bytea[] in text form, hex output (`{{"\\x6d7367",NULL},…}`), read in one pass: the checkpointer's reads return
 * every channel's blob this way, and pg's generic array reader (postgres-array) records it a character at a time,
 * which made it the largest single cost of reading a conversation's checkpoint. Anything else (escape output,
 * bounds decoration, unexpected characters) goes to pg's own reader, so the result is the same either way.
 */
export function parseByteaArray(text: string): unknown {
  return readHexArray(text) ?? defaultParser(text);
}

const defaultParser = pg.types.getTypeParser(BYTEA_ARRAY, "text") as (text: string) => unknown;

type Nested = (Buffer | null | Nested)[];

function readHexArray(text: string): Nested | undefined {
  let at = 0;
  const read = (): Nested | undefined => {
    if (text[at] !== "{") return undefined;
    at++;
    const items: Nested = [];
    if (text[at] === "}") {
      at++;
      return items;
    }
    for (;;) {
      if (text[at] === "{") {
        const inner = read();
        if (!inner) return undefined;
        items.push(inner);
      } else {
        ELEMENT.lastIndex = at;
        const m = ELEMENT.exec(text);
        if (!m) return undefined;
        items.push(m[1] === undefined ? null : Buffer.from(m[1], "hex"));
        at = ELEMENT.lastIndex;
      }
      if (text[at] === ",") at++;
      else if (text[at] === "}") {
        at++;
        return items;
      } else return undefined;
    }
  };
  const out = read();
  return out && at === text.length ? out : undefined;
}

/** pg's type parsers with the fast bytea[] reader: for the checkpointer's own pool only. */
export const checkpointTypes = {
  getTypeParser: ((oid: Parameters<typeof pg.types.getTypeParser>[0], format?: "text" | "binary") =>
    oid === BYTEA_ARRAY && format !== "binary"
      ? parseByteaArray
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};
