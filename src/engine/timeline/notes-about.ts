import type { Interaction } from "../types";

/**
 * What the account's own notes say on a topic asked about ("吉大港那笔钱为啥还没付", "why haven't they paid", "X给了多少返点"):
 * the answer to a why or a what-did-they-say is usually written in a call or visit note, not in any figure.
 */
/**
 * Money said not to have come in yet, or asked whether it has: "钱还没回来", "款还没付吧", "尾款到账了吗". The same
 * words read a receivables question (agent cues) and a question about one account's payment notes.
 */
export const MONEY_NOT_IN =
  /(钱|款|货款|尾款|账款)(都|还)?(没|未)(有)?(回来|收回来?|到账|到(?!期)|打过来|付)|(钱|款|货款|尾款|账款)(回来|到账|收到|打过来)了?(没|吗|么|没有)/;

type NoteTopic = { asked: RegExp; words: string[]; zh: string; en: string };

const NOTE_TOPICS: NoteTopic[] = [
  {
    // Why money is late: the note says what holds the payment up.
    asked: new RegExp(
      String.raw`(为啥|为什么|怎么|咋).{0,8}(没|不|还没|迟迟不|一直没)(付|给|打|回|结|到账)|${MONEY_NOT_IN.source}|(付款|回款|打款|结款|尾款|欠款).{0,6}(为啥|为什么|怎么回事|咋回事|卡在|什么原因|啥原因)|(尾款|货款|欠款|款|钱).{0,12}(没有?|未)(付|给|打|结|到账).{0,12}(原因|理由|为啥|为什么)|\bwhy\b.{0,30}(\bnot\b|n't|\bnever\b).{0,30}\b(paid|pay|paying|settled)\b|\b(payment|invoice)s?\b.{0,20}\b(held up|stuck|delayed|late|why)\b|\b(holding|held) up\b.{0,20}\b(payment|invoice|money)s?\b|(啥时候|什么时候|何时|多久|哪天).{0,4}(能|会|才)?(回来|到账|回款|打款|付款|付|结)|(\d万|万元|[钱款]).{0,8}(啥时候|什么时候|何时|哪天).{0,2}(能|会|才)回(?![复访电去家])|\bwhen\b.{0,30}\b(pay|paying|settle|get (it|paid|the money))\b`,
      "i",
    ),
    words: [
      "付款",
      "回款",
      "打款",
      "结款",
      "尾款",
      "款项",
      "货款",
      "信用证",
      "payment",
      "paid",
      "pay ",
      "invoice",
      "l/c",
    ],
    zh: "付款",
    en: "payment",
  },
  {
    asked:
      /返点|回扣|折扣|优惠|让利|降价|压价|(给|开|报|提)了?(什么|啥)(条件|价)|\brebates?\b|\bdiscounts?\b|\bkickbacks?\b|\bprice cuts?\b|\boffer(ing|ed|s)?\b/i,
    words: ["返点", "折扣", "优惠", "让利", "降价", "价格", "报价", "rebate", "discount", "price", "offer"],
    zh: "价格和返点",
    en: "price and rebates",
  },
  {
    asked: /交期|交货|到货|发货|延期交|\bdeliver(y|ies)\b|\blead ?times?\b|\bship(ping|ment)\b/i,
    words: ["交期", "交货", "到货", "发货", "delivery", "lead time", "shipment"],
    zh: "交期",
    en: "delivery",
  },
  {
    // The order or contract that has not come: "PO还没来", "合同还没回", "still no PO".
    asked:
      /\bPO\b.{0,8}(没|还没|未|不)|(采购订单|订单|合同).{0,4}(没|还没|未)(来|下|到|签|回)|\b(no|still no|waiting (for|on)( the)?) (po|purchase order|contract)\b/i,
    words: ["PO", "订单", "合同", "采购流程", "审批", "purchase order", "contract"],
    zh: "订单和合同",
    en: "the order and contract",
  },
  {
    asked: /投诉|质量问题|不满意|抱怨|\bcomplain(t|ts|ed)?\b|\bquality (issue|problem)s?\b|\bunhappy\b/i,
    words: ["投诉", "质量", "不满", "抱怨", "complain", "quality", "unhappy"],
    zh: "投诉和质量",
    en: "complaints and quality",
  },
];

/** The words to look for in notes for the topics a message asks about, with a competitor it names. */
export function noteTopicWords(message: string, competitor?: { name: string; aliases: string[] } | null): string[] {
  const words = NOTE_TOPICS.filter((t) => t.asked.test(message)).flatMap((t) => t.words);
  // A rival named with a topic ("fjordmarin给了多少返点"): the notes that mention the rival say what it offered.
  if (competitor && words.length > 0) words.push(competitor.name, ...competitor.aliases);
  return [...new Set(words.filter((w) => w.trim().length >= 2))];
}

/** Whether any of the words is of a topic this module knows (付款, 返点…), not only a word taken from the question. */
export function asksNoteTopic(words: string[]): boolean {
  return NOTE_TOPICS.some((t) => t.words.some((w) => words.includes(w)));
}

/** The topics these words are of, in words ("付款", "price and rebates"). */
export function noteTopicLabel(words: string[], lang: "zh" | "en"): string {
  const topics = NOTE_TOPICS.filter((t) => t.words.some((w) => words.includes(w)));
  return topics.map((t) => t[lang]).join(lang === "zh" ? "、" : ", ") || words.join(lang === "zh" ? "、" : ", ");
}

/**
 * The notes (up to `max`) whose summary mentions the words, compared without case: those mentioning the most of them
 * first, then the newest.
 */
export function notesAbout(interactions: readonly Interaction[], words: string[], max = 2): Interaction[] {
  if (words.length === 0) return [];
  const lower = [...new Set(words.map((w) => w.toLowerCase()))];
  return interactions
    .map((i) => {
      const text = ` ${(i.summary ?? "").toLowerCase()} `;
      return { i, hits: lower.filter((w) => text.includes(w)).length };
    })
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.i.occurredAt.localeCompare(a.i.occurredAt) || a.i.id.localeCompare(b.i.id))
    .slice(0, max)
    .map((x) => x.i);
}
