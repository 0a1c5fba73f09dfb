// A short correction of the turn before: "不是一院 是二院", "不对 我要的是他们集团的", "no, the metro one",
// "sorry I meant Lion City". What it names instead is read as a follow-up to the question before ("那二院呢").

const ZH =
  /^\s*(?:不对|不是|错了|搞错了)(?:[^，,。\s是]{0,12})?[，,。\s]*(?:我(?:要|说|问)的是|我是说|应该是|是|要)\s*(.{1,16}?)[。!！]?\s*$/;
const EN =
  /^\s*(?:no|nope|sorry|not that one)[,.!\s]+(?:i meant|i mean|i said|it'?s|make it|the other one,?)?\s*(.{1,40}?)[.!]?\s*$/i;
const EN_MEANT = /^\s*(?:sorry,?\s*)?i meant\s+(.{1,40}?)[.!]?\s*$/i;

/** What a correction names instead ("二院", "他们集团的", "the metro one"), or undefined for any other message. */
export function correctionTarget(message: string): string | undefined {
  const m = ZH.exec(message) ?? EN_MEANT.exec(message) ?? EN.exec(message);
  const said = m?.[1]?.trim();
  return said && said.length > 0 ? said : undefined;
}

/** The correction as the follow-up it stands for: "那二院呢", "what about the metro one". */
export function asFollowUp(message: string): string {
  const said = correctionTarget(message);
  if (!said) return message;
  return /\p{Script=Han}/u.test(said) ? `那${said.replace(/的$/, "")}呢` : `what about ${said}`;
}
