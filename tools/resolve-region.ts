import { escapeRegExp } from "../src/agent/offline/normalize-text";
import { COUNTRY_NAMES, MACRO_REGIONS, REGION_NAMES } from "../src/engine/region-names";
import { WORLD_CITY_NAMES } from "../src/engine/world-city-names";

/** Administrative suffixes people add in English or pinyin: "Jiangsu Province", "Hangzhou City", "Guangxi Zhuang AR". */
const SUFFIX =
  /\s+(province|sheng|city|shi|municipality|autonomous region|special administrative region|sar|zhuang|uygur|uyghur|hui|region|area)\b/g;

const squash = (s: string) => s.replace(/[\s'-]/g, "");

/** A country is looked for by its Chinese name and its English names, as overseas regions are stored in English. */
const countryNames = (zh: string) => [zh, ...COUNTRY_NAMES[zh]];
/** So is a city outside China (开罗 → Cairo). */
const cityNames = (zh: string) => [zh, ...WORLD_CITY_NAMES[zh]];

const BY_LATIN = new Map<string, string[]>([
  ...Object.entries(REGION_NAMES).flatMap(([zh, names]) => names.map((n): [string, string[]] => [squash(n), [zh]])),
  ...Object.values(MACRO_REGIONS).flatMap((m) => m.en.map((n): [string, string[]] => [squash(n), m.provinces])),
  ...Object.entries(COUNTRY_NAMES).flatMap(([zh, names]) =>
    names.map((n): [string, string[]] => [squash(n), countryNames(zh)]),
  ),
  ...Object.entries(WORLD_CITY_NAMES).flatMap(([zh, names]) =>
    names.map((n): [string, string[]] => [squash(n), cityNames(zh)]),
  ),
]);

/** Between places named together: "马来西亚、新加坡", "Penang, Singapore", "Jiangsu/Zhejiang". */
const BETWEEN_PLACES = /\s*[、,，/;；]\s*|\s+(?:and|or|&)\s+/i;

export type ResolvedRegion = { ok: true; names: string[] } | { ok: false; asked: string };

/** 海外, "overseas": every region outside China, however it is stored ("Penang, Malaysia", "新加坡"). */
export const OVERSEAS = "海外";
const OVERSEAS_WORDS = /^(海外|国外|境外|overseas|abroad|foreign)$/i;
/** What a region outside China is found by: any country's name, in Chinese or English. */
const COUNTRY_WORDS = Object.entries(COUNTRY_NAMES).flatMap(([zh, names]) => [
  zh,
  ...names.filter((n) => n.length > 2),
]);

/**
 * The Chinese names to look for in an account's region (stored like "江苏省苏州市"). Chinese is used as written,
 * without a trailing 省/市/地区; a macro-region (华东, East China) stands for its provinces; English or pinyin goes
 * through the table ("Jiangsu" → 江苏, "Zhejiang Province" → 浙江, tone marks ignored); a country stands for its
 * Chinese and English names. A Latin name the table does not know is looked for in the regions the user's accounts
 * store in Latin letters (`stored`: "Penang, Malaysia" has Penang), else reported, never substring-matched against
 * Chinese text. Several places named together are any of them.
 */
export function resolveRegion(text: string, stored: readonly (string | null)[] = []): ResolvedRegion {
  const parts = text.split(BETWEEN_PLACES).filter((p) => p.trim() !== "");
  if (parts.length <= 1) return resolvePlace(text, stored);
  const resolved = parts.map((p) => resolvePlace(p, stored));
  const unknown = resolved.find((r) => !r.ok);
  return unknown ?? { ok: true, names: [...new Set(resolved.flatMap((r) => (r.ok ? r.names : [])))] };
}

function resolvePlace(text: string, stored: readonly (string | null)[]): ResolvedRegion {
  const asked = text.trim();
  if (OVERSEAS_WORDS.test(asked)) return { ok: true, names: [OVERSEAS] };
  if (/\p{Script=Han}/u.test(asked)) {
    const zh = asked.replace(/\s+/g, "").replace(/(省|市|自治区|特别行政区|地区|区域)$/u, "") || asked;
    if (COUNTRY_NAMES[zh]) return { ok: true, names: countryNames(zh) };
    if (WORLD_CITY_NAMES[zh]) return { ok: true, names: cityNames(zh) };
    // 香港 is also "Hong Kong" where an account's region is stored in Latin letters.
    return { ok: true, names: MACRO_REGIONS[zh]?.provinces ?? [zh, ...(REGION_NAMES[zh] ?? [])] };
  }
  const latin = asked
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[_,.]/g, " ")
    .replace(/\s+/g, " ")
    .replace(SUFFIX, "");
  const names = BY_LATIN.get(squash(latin));
  if (names) return { ok: true, names };
  const inStored = stored.some((r) => !!r && !/\p{Script=Han}/u.test(r) && inRegion(r, [asked]));
  return inStored ? { ok: true, names: [asked] } : { ok: false, asked };
}

/** Whether an account's stored region lies in the resolved region. */
export function inRegion(region: string | null, names: string[]): boolean {
  if (!region) return false;
  if (names.includes(OVERSEAS) && isOverseas(region)) return true;
  const lower = region.toLowerCase();
  // Stored Latin regions ("Auckland, New Zealand") are compared without case, word by word ("UK" is not in "Ukraine").
  return names.some((n) => (/\p{Script=Han}/u.test(n) ? region.includes(n) : latinWord(n).test(lower)));
}

const latinWords = new Map<string, RegExp>();

/** A Latin place name as a whole word, without case; each built once (every account of a list is tested). */
function latinWord(name: string): RegExp {
  let re = latinWords.get(name);
  if (!re) {
    if (latinWords.size > 1000) latinWords.clear();
    re = new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`);
    latinWords.set(name, re);
  }
  return re;
}

/** A region stored in Latin letters only ("Dubai, UAE") or naming a country ("新加坡"): outside China. */
function isOverseas(region: string): boolean {
  if (!/\p{Script=Han}/u.test(region)) return true;
  return inRegion(region, COUNTRY_WORDS);
}
