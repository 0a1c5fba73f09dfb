// Exact account names of the unseen book (evals/books/qinghe/accounts.csv), written out by hand.
export const CT = "楚天重工集团有限公司";
export const GEAR = "楚天重工武汉齿轮厂";
export const FDY = "楚天重工襄阳铸造有限公司";
export const HYD = "楚天重工宜昌液压件厂";
export const XJ = "湘江精密机械股份有限公司";
export const BS = "巴蜀电子科技有限公司";
/** rep2 (何静怡)'s: invisible to rep1. */
export const YZ = "渝州汽车零部件有限公司";
export const CJX = "长江快运物流有限公司";
export const DT = "洞庭冷链物流有限公司";
export const RO = "蓉欧国际供应链有限公司";
/** rep2 (何静怡)'s: invisible to rep1. */
export const SX = "三峡港航物流有限公司";
export const JUT = "江汉理工大学";
export const LS = "麓山职业技术学院";
export const JC = "锦城外国语学校";
export const SC = "重庆山城科技职业学院";

export const GROUP = [CT, GEAR, FDY, HYD];
export const RISKY = ["at_risk_accounts", "account_overview"];
export const NEXT = ["power_map", "show_plan", "generate_plan"];
/** A name that is nowhere in the book: said back, no account touched. */
export const notFound = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });
