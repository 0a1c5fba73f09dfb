import { cleanValue } from "./normalise-text";

const NOISE =
  /^(首页|当前位置|您现在的位置)|--|>>|发布时间|阅读次数|访问次数|^【|^\d{4}[-年/]\d{1,2}[-月/]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?$/;

/** A page whose menu comes first: the first line within the top 15 that closes like a title. */
function titleBelowNoise(lines: string[]): string | null {
  for (const raw of lines.slice(0, 15)) {
    const line = cleanValue(raw);
    if (line.length >= 8 && line.length <= 100 && !/[:|,，。]/.test(line) && /(公告|公示|通知|公开)$/.test(line))
      return line;
  }
  return null;
}

// a site's category heading over the notice ("成交公告" above an invitation): it names no project
const BARE_KIND = /^(招标|采购|中标|成交|结果|更正|变更|终止|废标|流标|询价|磋商|谈判|候选人|\(|\))*(公告|公示|通知)$/;

const TRAILING_CODE = /\((?:招标|采购|项目)?(?:项目)?编号:?\s*[A-Za-z0-9\-_[\]]{4,}\)$/;

/** The notice title: the leading heading lines (at most three) up to one ending in 公告/公示/公开. */
export function pickTitle(lines: string[]): string | null {
  const parts: string[] = [];
  let bare: string | null = null;
  for (const raw of lines.slice(0, 6)) {
    const line = cleanValue(raw.replace(/【[^】]*】/g, "").replace(/\s*\(?信息时间.*$/, ""));
    if (!line) continue;
    if (parts.length === 0 && !bare && BARE_KIND.test(line)) {
      bare = line;
      continue;
    }
    if (NOISE.test(line) && parts.length === 0) continue;
    // a page collapsed into one paragraph: the title is its head, up to the first space, when it closes like one
    const head = parts.length === 0 ? /^(\S{6,100}?(?:公告|公示|通知|公开))\s/.exec(line)?.[1] : undefined;
    if (head && (line.length > 150 || /[,，。]/.test(line)) && !/[:|,，。]/.test(head)) return head;
    // "…招标公告(招标编号:ZTED-2026-0192)": the identifier in brackets after the notice words is part of the title
    const unboxed = line.replace(TRAILING_CODE, "");
    const closes = /(公告|公示|公开)$/.test(unboxed);
    if (/[:|]/.test(unboxed) || (/[,，。]/.test(line) && !closes) || line.length > 150) break;
    if (/^(项目概况|公告概要|公告信息)/.test(line)) break;
    if (/^\(.*\)$/.test(line)) break;
    parts.push(line);
    if (/(公告|公示|公开|通知|邀请书|公告书)$/.test(unboxed) || parts.length === 3) break;
  }
  if (parts.length === 0) return bare ?? titleBelowNoise(lines);
  // several heading lines only make one title when the last one closes it
  const joined = parts.join("");
  return /(公告|公示|公开|通知)$/.test(joined.replace(TRAILING_CODE, "")) ? joined : parts[0];
}
