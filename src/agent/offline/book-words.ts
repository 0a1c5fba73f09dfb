import { COUNTRY_NAMES } from "../../engine/region-names";
import { WORLD_CITY_NAMES } from "../../engine/world-city-names";
import { CJK_CHAR } from "./normalize-text";
import type { AccountRef } from "./types";

// The words a book's accounts are described by, derived from the book once: the pieces of their regions and the
// kinds of organisation their short names end with.

/** Endings of short names that say nothing of the kind of organisation (公司, 中心). */
const GENERIC_TAIL = /^(公司|有限|中心|分公司|股份)$/;

/** The book's Chinese kind words (乳业, 疾控, 监测站): what its organisations' short names end with. */
export function kindEnds(accounts: AccountRef[]): ReadonlySet<string> {
  return bookWords(accounts).kindEnds;
}

type BookWords = {
  /** The pieces of the accounts' regions (山东, 济南, Singapore). */
  pieces: string[];
  /** Chinese names of the pieces stored in Latin letters (开罗 for "Cairo", 埃及 for "Egypt"), with their piece. */
  exonyms: { zh: string; piece: string }[];
  /** The places a message may filter by: the pieces and their Chinese names. */
  placeNames: string[];
  /** Kind words, longest first, with their accounts; an English one with its pattern ("lab" or "labs"). */
  kinds: { word: string; ids: string[]; latin: RegExp | null }[];
  kindEnds: ReadonlySet<string>;
};

/**
 * What descriptions are read against, derived from the book once: every turn reads the same accounts (the user's
 * directory is cached), and a turn reads them more than once (the description, the names not found).
 */
const BOOK_WORDS = new WeakMap<AccountRef[], BookWords>();

export function bookWords(accounts: AccountRef[]): BookWords {
  const hit = BOOK_WORDS.get(accounts);
  if (hit) return hit;
  const kinds = kindWords(accounts).map(([word, ids]) => ({
    word,
    ids,
    latin: CJK_CHAR.test(word) ? null : new RegExp(`\\b${word}s?\\b`),
  }));
  const pieces = regionPieces(accounts);
  const exonyms = exonymsOf(pieces);
  const words: BookWords = {
    pieces,
    exonyms,
    placeNames: [...pieces, ...exonyms.map((e) => e.zh)],
    kinds,
    kindEnds: new Set(kinds.flatMap((k) => (k.latin ? [] : [k.word]))),
  };
  BOOK_WORDS.set(accounts, words);
  return words;
}

/** Each kind word with the accounts it ends the short names of, longest first. */
function kindWords(accounts: AccountRef[]): [string, string[]][] {
  const words = new Map<string, Set<string>>();
  const add = (w: string, id: string) => {
    if (GENERIC_TAIL.test(w)) return;
    const set = words.get(w) ?? new Set<string>();
    set.add(id);
    words.set(w, set);
  };
  for (const a of accounts)
    for (const alias of a.aliases) {
      if (CJK_CHAR.test(alias)) {
        if (!/^[\p{Script=Han}]+$/u.test(alias)) continue;
        for (let n = 2; n <= 3 && alias.length - n >= 2; n++) add(alias.slice(-n), a.id);
      } else {
        const parts = alias.toLowerCase().split(/\s+/);
        const last = parts.at(-1)?.replace(/s$/, "") ?? "";
        if (parts.length >= 2 && /^[a-z]{3,}$/.test(last)) add(last, a.id);
      }
    }
  return [...words]
    .map(([w, ids]) => [w, [...ids]] as [string, string[]])
    .sort((x, y) => y[0].length - x[0].length || x[0].localeCompare(y[0]));
}

/** 山东省济南市历下区 → 山东, 济南, 历下; "Singapore" → Singapore; "Penang, Malaysia" → Penang, Malaysia. */
function regionPieces(accounts: AccountRef[]): string[] {
  const pieces = new Set<string>();
  for (const a of accounts) {
    const region = a.region?.trim();
    if (!region) continue;
    if (!CJK_CHAR.test(region)) {
      for (const p of region.split(/\s*,\s*/)) if (p.length >= 4) pieces.add(p);
      continue;
    }
    for (const p of region.split(/省|自治区|特别行政区|市|区|县/)) if (p.length >= 2) pieces.add(p);
  }
  return [...pieces];
}

/** The Chinese names of the Latin pieces that are a city or country outside China. */
function exonymsOf(pieces: string[]): { zh: string; piece: string }[] {
  const out: { zh: string; piece: string }[] = [];
  for (const piece of pieces) {
    if (CJK_CHAR.test(piece)) continue;
    const lower = piece.toLowerCase();
    for (const table of [WORLD_CITY_NAMES, COUNTRY_NAMES])
      for (const [zh, names] of Object.entries(table)) if (names.includes(lower)) out.push({ zh, piece });
  }
  return out;
}
