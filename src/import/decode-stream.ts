import { AppError } from "../errors";

/**
 * Text from a CSV byte stream. UTF-8 (with or without BOM); UTF-16 with its BOM (Excel's "Unicode text"); and
 * GB18030/GBK, which Excel in China saves by default, when the first chunk is not valid UTF-8. Decoding is strict and
 * incremental: bytes that are none of these (e.g. a Latin-1 / Windows-1252 file) are a 415 naming the encoding
 * found, never stored as mojibake; large files never sit in memory.
 */
export async function* decodeCsvStream(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  for await (const chunk of source) {
    if (typeof chunk === "string") {
      yield chunk;
      continue;
    }
    if (!decoder) decoder = pickDecoder(chunk);
    yield decode(decoder, chunk, offset, true);
    offset += chunk.byteLength;
  }
  if (decoder) yield decode(decoder, undefined, offset, false);
}

function decode(decoder: TextDecoder, chunk: Uint8Array | undefined, offset: number, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw new AppError(
      "unsupported_media_type",
      `The file is not valid ${label(decoder.encoding)} (bad bytes after byte ${offset}): save it as UTF-8 and import it again.`,
    );
  }
}

const label = (enc: string) => (enc === "gb18030" ? "GB18030/GBK" : enc.toUpperCase());

function pickDecoder(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  if (looksUtf16(first))
    throw new AppError(
      "unsupported_media_type",
      "The file looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with BOM) and import it again.",
    );
  if (validIn("utf-8", first)) return new TextDecoder("utf-8", { fatal: true });
  if (validIn("gb18030", first) && looksGb(first)) return new TextDecoder("gb18030", { fatal: true });
  throw new AppError(
    "unsupported_media_type",
    "The file is not UTF-8, UTF-16 or GB18030; it looks like Latin-1 / Windows-1252. Save it as UTF-8 and import it again.",
  );
}

function validIn(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Many zero bytes at alternating positions: UTF-16 text of mostly ASCII characters. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 8 && zeros >= n / 4;
}

/**
 * Chinese text in GBK/GB18030 comes as pairs of high bytes (common hanzi: both bytes >= 0xA1). Latin-1 text decodes as
 * "valid" GB18030 too, but its accented letters are single high bytes followed by ASCII: more than a few of those and
 * the file is not Chinese.
 */
function looksGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x81) continue;
    if (i + 1 < bytes.length && bytes[i + 1] >= 0x80) pairs++;
    else lone++;
    i++;
  }
  return pairs > 0 && lone <= pairs / 10;
}
