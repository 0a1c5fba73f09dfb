import { bookWords } from "./book-words";
import { isChinesePlace } from "./china-places";
import { sounds } from "./pinyin-forms";
import type { AccountRef } from "./types";

const CJK_ONLY = /^[\u4e00-\u9fff]+$/;

const NAMES = new WeakMap<AccountRef[], string>();

/** Every account's name and aliases in one string: a word the book itself uses is never a slip. */
function namesOf(accounts: AccountRef[]): string {
  let known = NAMES.get(accounts);
  if (known === undefined) {
    known = accounts.flatMap((a) => [a.name, ...a.aliases]).join("|");
    NAMES.set(accounts, known);
  }
  return known;
}

/**
 * "颖州那边咱都有哪些客户" for 颍州: a place of the user's book typed with one character swapped for another that sounds
 * the same (a pinyin keyboard's slip) is read as the place. Only two- and three-character places, one character off,
 * and only where the place itself is not in the message. Only the book's own Chinese places (never a Chinese name
 * of a foreign city: 阳光 is no slip for 仰光), and never a word of an account's name (冀南 is no slip for 济南).
 */
export function restoreHomophonePlaces(text: string, accounts: AccountRef[]): string {
  if (!/[\u4e00-\u9fff]/.test(text)) return text;
  let out = text;
  const names = namesOf(accounts);
  for (const place of bookWords(accounts).pieces) {
    if (place.length < 2 || place.length > 3 || !CJK_ONLY.test(place) || out.includes(place)) continue;
    const heard = sounds(place).join(" ");
    for (let i = 0; i + place.length <= out.length; i++) {
      const window = out.slice(i, i + place.length);
      if (!CJK_ONLY.test(window)) continue;
      let off = 0;
      for (let k = 0; k < place.length; k++) if (window[k] !== place[k]) off++;
      // 泰州 is a city of its own, not a slip for the book's 台州.
      if (off !== 1 || names.includes(window) || isChinesePlace(window) || sounds(window).join(" ") !== heard) continue;
      out = out.slice(0, i) + place + out.slice(i + place.length);
      break;
    }
  }
  return out;
}
