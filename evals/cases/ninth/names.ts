// Exact account names of the ninth book (evals/books/fenhe/accounts.csv), for the expectations, and the few
// alternatives a right reply may use (short names, money as 万 or with thousands separators, "not found" phrasings).
export const RFC = "大同瑞丰煤业有限公司";
export const RFP = "大同瑞丰热电有限公司";
export const XY = "山西鑫岳能源集团有限公司";
export const XYJ = "吕梁鑫岳焦化有限公司";
export const XYM = "吕梁鑫岳甲醇有限公司";
export const ZZ = "晋城市泽州矿业有限公司";
export const QJ = "榆林前进煤矿有限公司";
export const BZ = "太原并州特钢有限公司";
export const HG = "唐山海港钢铁有限公司";
export const ZH = "长治漳河热电有限公司";
export const JSL = "鄂尔多斯金沙梁煤化工有限公司";
export const BC = "包头北辰稀土冶炼有限公司";
export const PY = "临汾平阳焦化有限公司";
export const JY = "山西晋阳理工学院化学实验中心";
export const JL = "吕梁柳林金岭煤业有限公司";
export const ERD = "Erdene Mining LLC";
export const KSS = "Karaganda Shakhta Services LLP";
export const PRI = "Pilbara Ridge Iron Pty Ltd";
export const TF = "晋城泰丰煤层气开发有限公司";
export const YS = "包头阴山钢铁有限公司";
// rep2's (贾丽娟, same team as rep1: the manager sees them, rep1 does not).
export const FHS = "晋城凤凰山煤业有限公司";
export const HS = "临汾霍山钢铁有限公司";
export const KBQ = "鄂尔多斯库布其热电有限公司";
export const GOBI = "Gobi Copper Resources LLC";
export const SD = "长治上党焦化有限公司";
// rep3's (薛文博, another team: neither rep1, rep2 nor the manager sees them).
export const CSIR = "山西中部城际铁路有限公司";
export const JYSD = "晋豫隧道工程有限公司";
export const SRT = "Swan River Tunnelling Pty Ltd";
export const TUUL = "Tuul Rail Services LLC";
export const BY = "大同北岳重载铁路有限公司";

/** An amount in yuan as a reply may show it: 52万, 520,000, 520000, 520k/520K, 0.52M. */
export function money(yuan: number): string {
  const wan = yuan / 10000;
  const forms = [`${wan}万`, yuan.toLocaleString("en-US"), String(yuan), `${yuan / 1000}k`, `${yuan / 1000}K`];
  if (yuan >= 1000000) forms.push(`${yuan / 1000000}M`, `${(yuan / 1000000).toFixed(2)}M`, `${yuan / 1000000} million`);
  else forms.push(`${(yuan / 1000000).toFixed(2)}M`);
  return forms.join("|");
}

/** A calendar day (month, day) as a reply may write it, in either language. */
export function day(m: number, d: number): string {
  const mm = String(m).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  const en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1];
  return [`${m}月${d}`, `${mm}-${dd}`, `${m}/${d}`, `${en} ${d}`, `${d} ${en}`].join("|");
}

/** An honest "not found" (a name not in the book, or an account the user may not see). */
export const NF_ZH =
  "没有找到|没找到|找不到|未找到|查不到|没查到|不存在|没有这个客户|无法找到|未能找到|没有名为|没有叫";
export const NF_EN =
  "not find|couldn't find|could not find|can't find|cannot find|not found|No account|no account|don't see|do not see|doesn't exist|does not exist|no match|No match|unable to find|Couldn't find";
