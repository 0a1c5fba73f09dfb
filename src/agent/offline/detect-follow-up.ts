/** Words that point back at the account under discussion: 它, 他们, 这家; it, its, their, this account. */
const PRONOUN =
  /它|他们|她们|该客户|该院|该医院|这家|那家|这个客户|这个医院|这个账户|\b(it|its|they|their|them|this account|that account|this one|that one|this customer|the account|same account)\b|\bthere\s*[?？.!]?\s*$/i;

/** Openers and closers of an elliptical follow-up: 那…呢, 还有…; and…?, what about…? */
const MARKER = /^(那|那么|还有|再看看|然后)|呢\s*[?？]?\s*$|^(and|what about|how about|also|then)\b/i;

export function hasPronoun(text: string): boolean {
  return PRONOUN.test(text);
}

export function hasFollowUpMarker(text: string): boolean {
  return MARKER.test(text.trim());
}
