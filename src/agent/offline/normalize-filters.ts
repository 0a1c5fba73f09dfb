/**
 * Filters as the data stores them. Regions are stored in Chinese (江苏省南京市…): an English province or city name
 * becomes its Chinese name, and 江苏省 / 华南地区 lose their 省 / 地区. Industries are stored as codes
 * (hospital, pharma, …): words in either language become the code.
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
};

/** An English place named anywhere in the message ("accounts in zhejiang", "Jiangsu hospitals"). */
export function englishPlace(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const [en, zh] of Object.entries(EN_PLACES)) if (new RegExp(`\\b${en}\\b`).test(lower)) return zh;
  return undefined;
}

export function normalizeRegion(region: string): string {
  const en = EN_PLACES[region.trim().toLowerCase()];
  if (en) return en;
  return region.replace(/(省|市|地区|区域|一带|自治区)$/, "") || region;
}

const INDUSTRY_WORDS: [RegExp, string][] = [
  [/医疗集团|\bmedical groups?\b|\bhospital groups?\b/i, "medical_group"],
  [/医药|药企|制药|药业|\bpharma(ceuticals?)?\b|\bdrug( ?makers?| companies)\b/i, "pharma"],
  [/保险|\binsur(ance|ers?)\b/i, "insurance"],
  [/大学|高校|\buniversit(y|ies)\b/i, "university"],
  [/政府|卫健|卫生健康委|\bgovernment\b|\bpublic sector\b/i, "government"],
  [/体检|诊所|连锁|口腔|\bclinics?\b|\bclinic chains?\b|\bdental\b/i, "clinic_chain"],
  [/医院|医疗(?!器械|设备|集团)|卫生|\bhospitals?\b|\bhealth ?care\b/i, "hospital"],
];

/** The industry code a word or phrase means, in zh or en; undefined when it names none. */
export function industryCode(text: string): string | undefined {
  return INDUSTRY_WORDS.find(([re]) => re.test(text))?.[1];
}
