/** Words that point back at the account under discussion: 它, 他们, 这家; it, its, their, this account. */
const PRONOUN =
  /它|他们|(底下|下面|旗下|下属)的?(几家|各家|所有|这些)?(公司|厂|工厂|子公司|分公司|成员)|她们|该客户|该院|该医院|这家|那家|这个客户|这个医院|这个账户|(这|那)(个|笔)?(单子|商机)|(这|那)(单|笔单)|(这|那)(个|笔)?\s*(deal|opp|单)\b|\b(it|its|they|their|them|this account|that account|this one|that one|this customer|the account|same account|(this|that) (deal|opportunity))\b|\bthere\s*[?？.!]?\s*$/i;

/** Openers and closers of an elliptical follow-up: 那…呢, 还有…; and…?, what about…? */
const MARKER =
  /^(那|那么|还有|再看看|然后|只看|只要|光看|同样|一样的?)|呢\s*[?？]?\s*$|^(and|what about|how about|also|then|only|just|(the )?same( thing| question)? (for|with|at|about))\b/i;

export function hasPronoun(text: string): boolean {
  return PRONOUN.test(text);
}

export function hasFollowUpMarker(text: string): boolean {
  return MARKER.test(text.trim());
}

/** Which one of the list stands out: 哪个最久没去, 哪家最大, "which one's the biggest", "the largest one?". */
const SUPERLATIVE =
  /(哪|谁)(个|家|一个|一家|笔|单|位)?.{0,6}最|\bwhich( one| of (these|those|them))?('s| is| are| was)?\b.{0,24}\b(biggest|largest|smallest|oldest|newest|highest|lowest|longest|most|least)\b|^\s*(and )?the (biggest|largest|smallest|oldest|highest|lowest) (one|deal|account)?\s*[?？]?\s*$/i;

/** A question about the list just shown ("这几家里哪个最久没去了"): it stays on that list's topic. */
export function asksAboutLastList(text: string, lastListIds: string[] | undefined): boolean {
  return (lastListIds?.length ?? 0) > 1 && SUPERLATIVE.test(text);
}
