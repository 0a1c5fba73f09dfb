import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | null = null;

/** One jieba instance per process: loading the dictionary is the expensive part (pure CPU). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const STOPWORDS = new Set([
  "采购",
  "项目",
  "公告",
  "服务",
  "招标",
  "中标",
  "成交",
  "结果",
  "公开",
  "政府",
  "一批",
  "年度",
  "设备",
  "工程",
  "及",
  "和",
  "与",
  "的",
  "等",
  "其他",
  "相关",
  "系统",
  "建设",
  "购置",
  "供应",
  "询价",
  "磋商",
  "谈判",
  "the",
  "and",
  "of",
  "for",
  "to",
  "a",
  "an",
  "in",
  "on",
  "with",
  "by",
  "services",
  "service",
  "supply",
  "supplies",
  "contract",
  "tender",
  "procurement",
  "project",
  "notice",
  "framework",
  "works",
]);

/**
 * Content words of a text for term matching: jieba tokens, lower-cased, without punctuation,
 * numbers, single characters and procurement boilerplate (采购/项目/公告/服务, "services", …).
 */
export function tokenise(text: string): string[] {
  const out = new Set<string>();
  for (const raw of segmenter().cut(text.normalize("NFKC").toLowerCase())) {
    const t = raw.trim();
    if (t.length < 2 || STOPWORDS.has(t) || /^[\d.\-/%]+$/.test(t) || !/[\p{L}]/u.test(t)) continue;
    out.add(t);
  }
  return [...out];
}
