import { once } from "node:events";
import { parse } from "csv-parse";
import { AppError } from "../errors";
import { decodeCsvStream } from "./decode-stream";

export type CsvRecord = { cells: string[] } | { error: string; line: number };

/** CSV records from a byte stream with back-pressure: the file is never held whole in memory. */
export async function* parseCsv(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true });
  const pump = (async () => {
    for await (const text of decodeCsvStream(source)) if (!parser.write(text)) await once(parser, "drain");
    parser.end();
  })().catch((err) => parser.destroy(err));
  try {
    for await (const cells of parser) yield { cells: cells as string[] };
    await pump;
  } catch (err) {
    if (err instanceof AppError) throw err; // e.g. an encoding we refuse, or the body size limit
    const e = err as { message: string; lines?: number };
    yield { error: `not valid CSV: ${e.message}`, line: e.lines ?? 0 };
  }
}
