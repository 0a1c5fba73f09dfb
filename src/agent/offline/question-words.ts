import { isCommonEnglishWord } from "./english-words";
import { cutWords } from "./jieba";

// The content words of a question about one account ("和平那边导管进院要过啥会" → 导管, 进院), to find the notes that
// answer it: what holds a payment up, what a rival offered, which committee a product must pass, when a sample is due.

/** A question, not a statement or an order: the notes are searched only to answer one. */
const ASKED =
  /[?？]|吗|么|呢|啥|什么|为啥|为什么|怎么|多少|几|哪|如何|\b(what|why|when|how|who|which|whats|whens|does|did|is|are|any|anything)\b/i;

/** Words of asking, place, time and politeness that say nothing of the topic. */
const ZH_STOP = new Set(
  "最近 刚才 刚刚 情况 怎么样 咋样 现在 什么 时候 啥时候 为啥 为什么 多少 一下 那个 这个 那边 这边 客户 公司 我们 他们 她们 你们 咱们 要过 可以 需要 已经 了解 知道 告诉 帮我 看看 查查 说说 一共 还有 然后 之前 以后 目前 到底 是不是 有没有 能不能 进展 怎么回事 回事 原因 问题 东西 事情 那家 这家 哪家 哪个 哪些 多久 几个 一个 对方 他家 她家 上次 这次 下次 今天 明天 昨天 今年 明年 本月 下月 这周 下周 上周 我的 你的 他的 她的 就是 来着 然后呢 那么 嗯嗯 反正 好像 感觉 单子 项目 商机".split(
    " ",
  ),
);
/** English words that carry no topic even when rare in a dictionary sense. */
const EN_STOP = new Set(
  "what whats when whens where which while with about their there them they this that these those have been does doing done will would could should please tell give quick update know like stands stand status thing things anything something news latest recent recently again still really just also into from over than then were was being much many more most very account accounts client clients customer customers yet".split(
    " ",
  ),
);

/** The topic words of a question, or none when the message asks nothing. Names are masked (◆) before this runs. */
export function questionWords(masked: string): string[] {
  if (!ASKED.test(masked)) return [];
  const out = new Set<string>();
  for (const w of cutWords(masked.replace(/◆+/g, " "))) {
    const word = w.trim();
    if (/^[\u4e00-\u9fff]{2,}$/.test(word) && !ZH_STOP.has(word)) out.add(word);
  }
  for (const m of masked.matchAll(/[A-Za-z][A-Za-z'-]{3,}/g)) {
    const word = m[0].toLowerCase().replace(/'s$/, "");
    if (word.length < 4 || EN_STOP.has(word) || word.includes("'")) continue;
    // A common English word of four or five letters (their, about) is filler; longer ones (invoice, sample) are topics.
    if (word.length <= 5 && isCommonEnglishWord(word) && !/^(price|offer|audit|quote|visit|order|trial)$/.test(word))
      continue;
    out.add(word);
  }
  return [...out];
}
