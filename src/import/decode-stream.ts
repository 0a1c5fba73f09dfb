/**
 * Text from a CSV byte stream. Excel in China saves CSV as GB18030/GBK by default: when the first chunk is not
 * valid UTF-8, the whole stream is decoded as GB18030. Decoding is incremental, so large files never sit in memory.
 */
export async function* decodeCsvStream(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of source) {
    if (typeof chunk === "string") {
      yield chunk;
      continue;
    }
    if (!decoder) decoder = pickDecoder(chunk);
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

function pickDecoder(first: Uint8Array): TextDecoder {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(first, { stream: true });
    return new TextDecoder("utf-8");
  } catch {
    return new TextDecoder("gb18030");
  }
}
