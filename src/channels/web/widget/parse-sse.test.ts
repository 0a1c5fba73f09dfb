import { describe, expect, it } from "vitest";
import { createSseParser, type SseMessage } from "./parse-sse";

function feed(chunks: string[]): SseMessage[] {
  const parser = createSseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

const stream = 'event: token\ndata: {"text":"你好"}\n\nevent: card\ndata: {"kind":"plan"}\n\nevent: done\ndata: {}\n\n';

describe("createSseParser", () => {
  it("reads named events with JSON data", () => {
    expect(feed([stream])).toEqual([
      { event: "token", data: '{"text":"你好"}' },
      { event: "card", data: '{"kind":"plan"}' },
      { event: "done", data: "{}" },
    ]);
  });

  it("gives the same events whatever the chunk boundaries, one character at a time included", () => {
    const whole = feed([stream]);
    expect(feed(stream.split(""))).toEqual(whole);
    for (let cut = 1; cut < stream.length; cut++)
      expect(feed([stream.slice(0, cut), stream.slice(cut)])).toEqual(whole);
  });

  it("returns an event only once its blank line has arrived", () => {
    const parser = createSseParser();
    expect(parser.push('event: token\ndata: {"text":')).toEqual([]);
    expect(parser.push('"a"}\n')).toEqual([]);
    expect(parser.push("\n")).toEqual([{ event: "token", data: '{"text":"a"}' }]);
  });

  it("joins multi-line data with newlines", () => {
    expect(feed(["data: line one\ndata: line two\ndata:\ndata:  indented\n\n"])).toEqual([
      { event: "message", data: "line one\nline two\n\n indented" },
    ]);
  });

  it("accepts CRLF and CR line ends, also when CR and LF arrive in different chunks", () => {
    const crlf = "event: token\r\ndata: a\r\n\r\nevent: done\rdata: b\r\r";
    const expected = [
      { event: "token", data: "a" },
      { event: "done", data: "b" },
    ];
    expect(feed([crlf])).toEqual(expected);
    expect(feed(["event: token\r", "\ndata: a\r", "\n\r", "\nevent: done\rdata: b\r\r"])).toEqual(expected);
  });

  it("ignores comments, unknown fields and events without data", () => {
    expect(feed([": keep-alive\n\nretry: 1000\nevent: ping\n\nfoo: bar\ndata: x\n\n"])).toEqual([
      { event: "message", data: "x" },
    ]);
  });

  it("keeps the last id and delivers a final event that lacks its blank line", () => {
    expect(feed(["id: 7\nevent: done\ndata: {}"])).toEqual([{ event: "done", data: "{}", id: "7" }]);
  });
});
