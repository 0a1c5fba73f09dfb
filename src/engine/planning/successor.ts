// Who took over from a person who left: the one current contact at the same account with the same title (张伟民,
// 物流总监, left; 刘建新, 物流总监, current). Two current holders of the title, or none, is no successor: never guessed.

type Holder = { id: string; title: string | null; gone: boolean };

const norm = (title: string) => title.replace(/\s+/g, "").toLowerCase();

/** The successor's id among the account's contacts, or null when none or several hold the title now. */
export function successorId(person: Holder, colleagues: Holder[]): string | null {
  if (!person.gone || !person.title?.trim()) return null;
  const title = norm(person.title);
  const now = colleagues.filter((c) => c.id !== person.id && !c.gone && c.title && norm(c.title) === title);
  return now.length === 1 ? now[0].id : null;
}

/** A question about whoever took over from someone: 接张伟民班的人, 赵明亮走了以后谁接的, "who replaced Zhang". */
export const SUCCESSOR_ASKED =
  /接.{0,6}的?班|接班|接手|接替|接任|谁接(的|了|手)?|顶替|继任|\b(replac(ed|ement|ing)|successor|took over|taken over|taking over|stepped in)\b/i;
