import { COUNTRY_NAMES, REGION_NAMES } from "../../engine/region-names";

/**
 * Regions as the data stores them, in Chinese (江苏省南京市…): an English province or city name becomes its Chinese
 * name, and 江苏省 / 华南地区 lose their 省 / 地区.
 */
const EN_PLACES: Record<string, string> = {
  jiangsu: "江苏",
  zhejiang: "浙江",
  shanghai: "上海",
  beijing: "北京",
  tianjin: "天津",
  chongqing: "重庆",
  shandong: "山东",
  hebei: "河北",
  henan: "河南",
  shanxi: "山西",
  shaanxi: "陕西",
  anhui: "安徽",
  fujian: "福建",
  jiangxi: "江西",
  hubei: "湖北",
  hunan: "湖南",
  guangdong: "广东",
  guangxi: "广西",
  hainan: "海南",
  sichuan: "四川",
  guizhou: "贵州",
  yunnan: "云南",
  gansu: "甘肃",
  qinghai: "青海",
  ningxia: "宁夏",
  xinjiang: "新疆",
  tibet: "西藏",
  "inner mongolia": "内蒙古",
  liaoning: "辽宁",
  jilin: "吉林",
  heilongjiang: "黑龙江",
  hangzhou: "杭州",
  nanjing: "南京",
  suzhou: "苏州",
  ningbo: "宁波",
  wenzhou: "温州",
  huzhou: "湖州",
  jiaxing: "嘉兴",
  shaoxing: "绍兴",
  jinan: "济南",
  qingdao: "青岛",
  yantai: "烟台",
  shijiazhuang: "石家庄",
  baoding: "保定",
  tangshan: "唐山",
  guangzhou: "广州",
  shenzhen: "深圳",
  wuhan: "武汉",
  chengdu: "成都",
  xiamen: "厦门",
  fuzhou: "福州",
  // Outside China, however stored (tools/resolve-region.ts).
  overseas: "海外",
  abroad: "海外",
  // Every province and larger city of China's table by its English and pinyin names ("hong kong", "canton").
  ...Object.fromEntries(Object.entries(REGION_NAMES).flatMap(([zh, names]) => names.map((n) => [n, zh]))),
  // Countries: their English names (COUNTRY_NAMES) go to the Chinese name, which the list looks for in both languages.
  ...Object.fromEntries(
    Object.entries(COUNTRY_NAMES).flatMap(([zh, names]) => names.filter((n) => n !== "us").map((n) => [n, zh])),
  ),
};

const EN_PLACE_PATTERNS = Object.entries(EN_PLACES).map(([en, zh]) => ({ en, zh, re: new RegExp(`\\b${en}\\b`) }));

/**
 * The English places named anywhere in the message ("accounts in zhejiang", "Jiangsu hospitals"); several are joined
 * with 、 ("list my accounts in singapore and malaysia" -> 新加坡、马来西亚).
 */
export function englishPlace(text: string): string | undefined {
  const lower = text.toLowerCase();
  const found: { zh: string; at: number }[] = [];
  for (const { re, zh } of EN_PLACE_PATTERNS) {
    const at = lower.search(re);
    if (at >= 0 && !found.some((f) => f.zh === zh)) found.push({ zh, at });
  }
  return found.length === 0
    ? undefined
    : found
        .sort((x, y) => x.at - y.at)
        .map((f) => f.zh)
        .join("、");
}

/** The first English place the message names, with where it is written. */
export function englishPlaceSpan(text: string): { zh: string; start: number; end: number } | undefined {
  const lower = text.toLowerCase();
  for (const { en, re, zh } of EN_PLACE_PATTERNS) {
    const at = lower.search(re);
    if (at >= 0) return { zh, start: at, end: at + en.length };
  }
  return undefined;
}

export function normalizeRegion(region: string): string {
  const en = EN_PLACES[region.trim().toLowerCase()];
  if (en) return en;
  return region.replace(/(省|市|地区|区域|一带|自治区)$/, "") || region;
}
