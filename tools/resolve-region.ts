import { MACRO_REGIONS, REGION_NAMES } from "../src/engine/region-names";

/** Administrative suffixes people add in English or pinyin: "Jiangsu Province", "Hangzhou City", "Guangxi Zhuang AR". */
const SUFFIX =
  /\s+(province|sheng|city|shi|municipality|autonomous region|special administrative region|sar|zhuang|uygur|uyghur|hui|region|area)\b/g;

const squash = (s: string) => s.replace(/[\s'-]/g, "");

const BY_LATIN = new Map<string, string[]>([
  ...Object.entries(REGION_NAMES).flatMap(([zh, names]) => names.map((n): [string, string[]] => [squash(n), [zh]])),
  ...Object.values(MACRO_REGIONS).flatMap((m) => m.en.map((n): [string, string[]] => [squash(n), m.provinces])),
]);

export type ResolvedRegion = { ok: true; names: string[] } | { ok: false; asked: string };

/**
 * The Chinese names to look for in an account's region (stored like "江苏省苏州市"). Chinese is used as written,
 * without a trailing 省/市/地区; a macro-region (华东, East China) stands for its provinces; English or pinyin goes
 * through the table ("Jiangsu" → 江苏, "Zhejiang Province" → 浙江, tone marks ignored). A Latin name the table does
 * not know is reported, never substring-matched against Chinese text.
 */
export function resolveRegion(text: string): ResolvedRegion {
  const asked = text.trim();
  if (/\p{Script=Han}/u.test(asked)) {
    const zh = asked.replace(/\s+/g, "").replace(/(省|市|自治区|特别行政区|地区|区域)$/u, "") || asked;
    return { ok: true, names: MACRO_REGIONS[zh]?.provinces ?? [zh] };
  }
  const latin = asked
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[_,.]/g, " ")
    .replace(/\s+/g, " ")
    .replace(SUFFIX, "");
  const names = BY_LATIN.get(squash(latin));
  return names ? { ok: true, names } : { ok: false, asked };
}

/** Whether an account's stored region lies in the resolved region. */
export function inRegion(region: string | null, names: string[]): boolean {
  // Stored Latin regions ("Auckland, New Zealand") are compared without case.
  return !!region && names.some((n) => region.toLowerCase().includes(n.toLowerCase()));
}
