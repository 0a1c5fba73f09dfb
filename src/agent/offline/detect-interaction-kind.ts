import type { InteractionKindCode } from "./types";

/** Going somewhere, said as done: 去了…, 今天上午去…找… (never 要去了, 没人去了). A regex source. */
export const WENT_ZH = String.raw`(?<![要想得会没人谁哪])去了(?!解)|(今天|昨天|今早|上午|下午)(上午|下午)?去[^，。？?\s]{1,12}找`;
/** The same in English: "I was at …", "was at the plant yesterday", "we went to …". A regex source. */
export const WENT_EN = String.raw`\b(i|we) (was|were) at\b|^\s*(was|were) at\b|\b(i|we) went (to|over)\b`;

/** Cue words per interaction kind (the glossary's codes); the earliest cue in the message wins. */
const KIND_CUES: { kind: InteractionKindCode; re: RegExp }[] = [
  {
    kind: "event",
    re: /展会|研讨会|学术会|论坛|沙龙|峰会|活动|\b(event|conference|trade show|expo|webinar|seminar|summit)\b/gi,
  },
  // A meal or a coffee together is a meeting: 吃了个饭, 饭局, 喝茶, "had lunch with".
  {
    kind: "meeting",
    re: /开会|开了.{0,2}会|会议|会谈|会面|视频会|吃(了)?(个|顿)?饭|饭局|喝(了)?(个)?(茶|咖啡)|\b(meeting|met|meet|lunch|dinner|breakfast|coffee|drinks)\b/gi,
  },
  { kind: "call", re: /电话|通话|致电|打给|来电|\b(call|called|phone|phoned|rang)\b/gi },
  { kind: "email", re: /邮件|\be-?mail(ed)?\b/gi },
  { kind: "visit", re: /拜访|上门|走访|见了|\b(visit|visited|went to)\b/gi },
];

/** The kind said outright: "log it as a visit", "记成拜访", "算一次电话". */
const SAID_AS =
  /\b(?:as|it'?s)\s+(?:a|an)\s+(visit|call|meeting|e-?mail)\b|(?:记成|记为|算作|算成|作为|记作)(?:一次|一个|一通)?(拜访|电话|会议|邮件)/i;
const SAID_KIND: Record<string, InteractionKindCode> = {
  visit: "visit",
  call: "call",
  meeting: "meeting",
  email: "email",
  "e-mail": "email",
  拜访: "visit",
  电话: "call",
  会议: "meeting",
  邮件: "email",
};

export function detectInteractionKind(text: string): InteractionKindCode | undefined {
  const said = SAID_AS.exec(text);
  if (said) return SAID_KIND[(said[1] ?? said[2]).toLowerCase()];
  let best: { kind: InteractionKindCode; at: number } | undefined;
  for (const cue of KIND_CUES) {
    for (const m of text.matchAll(cue.re)) {
      if (!best || (m.index ?? 0) < best.at) best = { kind: cue.kind, at: m.index ?? 0 };
      break;
    }
  }
  return best?.kind;
}
