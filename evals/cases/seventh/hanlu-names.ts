// Exact account names of the seventh book (evals/books/hanlu/accounts.csv) and the ways a reply may print a figure or
// a date. Every expectation in hanlu.zh.ts / hanlu.en.ts is written by hand from the book's CSV files.

// rep1 林志鹏 (食品零售大客户部)
export const MXY = "福州麦香园食品有限公司"; // H01
export const MJ = "闽江海鲜集团有限公司"; // H02, parent of H03 and H04
export const LJ = "福建闽江海鲜连江水产加工有限公司"; // H03
export const ND = "宁德闽江海鲜大黄鱼养殖有限公司"; // H04
export const LG = "厦门鹭港生鲜超市连锁有限公司"; // H05
export const LD = "厦门鹭岛生鲜配送有限公司"; // H06
export const QY = "泉州清源茶业有限公司"; // H07
export const HS = "莆田黄氏乳业有限公司"; // H08
export const TB = "漳州天宝果业有限公司"; // H09
export const SX = "三明沙县小吃食品产业有限公司"; // H10
export const RCK = "福州榕城中央厨房有限公司"; // H11
export const RCR = "福州榕城乳业有限公司"; // H12
export const TAS = "Tasman Fresh Imports Pty Ltd"; // H13
export const KB = "Kauri Bay Seafoods Ltd"; // H14
export const SCD = "Southern Cross Dairy Trading Pty Ltd"; // H15
export const KJ = "龙岩客家冻品贸易有限公司"; // H16
// rep2 陈思琪 (same team as rep1: the manager sees them, rep1 does not)
export const XFH = "福建鲜丰汇超市有限公司"; // H17
export const HR = "厦门海润水产进出口有限公司"; // H18
export const CL = "Canterbury Lamb Exports Ltd"; // H20
// rep3 黄文斌 (医药冷链事业部, the other team: neither rep1 nor the manager may see them)
export const KH = "福建省康华医药集团有限公司"; // H22
export const GL = "福州鼓楼中心血站"; // H24

/** A name that fits no visible account, said back plainly. */
export const NF = "没有找到|没找到|未找到|找不到|不在你的客户|查无";
export const NF_EN =
  "not found|couldn't find|could not find|can't find|cannot find|didn't find|did not find|no account|not in your|no match";

/** An amount in yuan as a zh reply may print it: 150万, 150.0万, 1,500,000. */
export function zhMoney(n: number): string {
  const wan = n / 10000;
  return [`${wan}万`, `${wan.toFixed(1)}万`, n.toLocaleString("en-US"), String(n)].join("|");
}

/** An amount as an en reply may print it: CNY 1.5M, 1.50M, 1,500,000, 400k. */
export function enMoney(n: number): string {
  const m = n / 1e6;
  const alts = [`${m}M`, `${m.toFixed(2)}M`, `${m.toFixed(1)}M`, n.toLocaleString("en-US")];
  if (n < 1e6) alts.push(`${n / 1000}k`, `${n / 1000}K`);
  return alts.join("|");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date (ISO) as a zh reply may print it: 12月10日, 12-10, 2026-12-10, 12/10. */
export function zhDate(iso: string): string {
  const [, m, d] = iso.split("-");
  return [
    `${Number(m)}月${Number(d)}日`,
    `${Number(m)}月${Number(d)}号`,
    `${m}-${d}`,
    iso,
    `${Number(m)}/${Number(d)}`,
  ].join("|");
}

/** A date (ISO) as an en reply may print it: Dec 10, 10 Dec, December 10, 2026-12-10. */
export function enDate(iso: string): string {
  const [, m, d] = iso.split("-");
  const mi = Number(m) - 1;
  const day = Number(d);
  return [
    `${MONTHS[mi]} ${day}`,
    `${day} ${MONTHS[mi]}`,
    `${MONTHS_LONG[mi]} ${day}`,
    `${day} ${MONTHS_LONG[mi]}`,
    `${m}-${d}`,
    iso,
  ].join("|");
}
