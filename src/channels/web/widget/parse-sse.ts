/**
 * An incremental parser for server-sent events (the WHATWG event-stream format): feed it text as it
 * arrives, in chunks cut anywhere (mid-line, mid-event, between CR and LF), and it returns the events
 * completed so far. Multi-line `data:` fields are joined with "\n"; comments (":") are ignored.
 */
export type SseMessage = { event: string; data: string; id?: string };

export type SseParser = { push(chunk: string): SseMessage[]; end(): SseMessage[] };

export function createSseParser(): SseParser {
  let buffer = "";
  let event = "";
  let id: string | undefined;
  let data: string[] = [];
  let hasData = false;

  function dispatch(out: SseMessage[]) {
    if (hasData) out.push({ event: event || "message", data: data.join("\n"), ...(id !== undefined ? { id } : {}) });
    event = "";
    data = [];
    hasData = false;
  }

  function line(text: string, out: SseMessage[]) {
    if (text === "") return dispatch(out);
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") {
      data.push(value);
      hasData = true;
    } else if (field === "id" && !value.includes("\0")) id = value;
  }

  function drain(final: boolean): SseMessage[] {
    const out: SseMessage[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      if (!match) break;
      // A lone CR at the very end may be the first half of CRLF: wait for the next chunk.
      if (match[0] === "\r" && match.index === buffer.length - 1 && !final) break;
      line(buffer.slice(0, match.index), out);
      buffer = buffer.slice(match.index + match[0].length);
    }
    if (final) {
      if (buffer !== "") line(buffer, out);
      buffer = "";
      dispatch(out);
    }
    return out;
  }

  return {
    push(chunk: string) {
      buffer += chunk;
      return drain(false);
    },
    end() {
      return drain(true);
    },
  };
}
