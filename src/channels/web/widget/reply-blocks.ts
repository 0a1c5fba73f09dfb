/**
 * A reply's text as blocks for the widget to draw with text nodes only. Replies quote data (account and contact
 * names, notice titles, CRM notes), so nothing in them becomes a link, an image or HTML: the only markup read is
 * what Furrow's reply templates write — `**bold**`, `- ` list items, line and paragraph breaks. Anything else
 * (`[text](url)`, `<a>`, `![x](y)`) is shown as the characters it is.
 */
export type Inline = { text: string; strong: boolean };
export type Block = { kind: "p"; lines: Inline[][] } | { kind: "ul"; items: Inline[][] };

const ITEM = /^\s*[-*•]\s+/;

export function replyBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    let lines: Inline[][] = [];
    let items: Inline[][] = [];
    const flushLines = () => {
      if (lines.length) blocks.push({ kind: "p", lines });
      lines = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: "ul", items });
      items = [];
    };
    for (const line of chunk.split("\n")) {
      if (line.trim() === "") continue;
      if (ITEM.test(line)) {
        flushLines();
        items.push(inlines(line.replace(ITEM, "")));
      } else {
        flushItems();
        lines.push(inlines(line));
      }
    }
    flushLines();
    flushItems();
  }
  return blocks;
}

/** `**…**` pairs on one line are bold; an unpaired `**` stays as it is. */
export function inlines(line: string): Inline[] {
  const out: Inline[] = [];
  const parts = line.split("**");
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  for (let i = 0; i < parts.length; i++) {
    const strong = i % 2 === 1 && i < paired;
    const text = i >= paired ? `**${parts[i]}` : parts[i];
    if (text) out.push({ text, strong });
  }
  return out;
}
