// Exact account names of the fiftieth book (evals/books/putuo/accounts.csv), for the expectations.
export const HJ = "浙江恒锦纺织集团有限公司";
export const HKQ = "绍兴恒锦织造柯桥有限公司";
export const HBH = "绍兴恒锦织造滨海有限公司";
export const HYR = "绍兴恒锦印染有限公司";
export const YXP = "苏州吴江永兴喷织有限公司";
export const SZ = "吴江盛泽纺织产业园管理有限公司";
export const JC = "南通锦程家纺织造有限公司";
export const LC = "常州武进丽彩印染有限公司";
export const HD = "海宁宏达经编有限公司";
export const HT = "湖州南浔华泰丝绸有限公司";
export const LJ = "滨州鲁锦纺织有限公司";
export const DS = "潍坊昌邑东盛印染有限公司";
export const YXR = "福建晋江永兴染整有限公司";
export const HL = "福建长乐华纶织造有限公司";
export const DMW = "Dhaka Meridian Weaving Mills Ltd.";
export const LOT = "Binh Duong Lotus Textile JSC";
export const RF = "杭州萧山瑞丰织造有限公司";
export const MD = "绍兴柯桥明达织造有限公司";
export const HC = "江阴华昌毛纺有限公司";
export const RGD = "Chattogram Rivergate Denim Ltd.";
export const HY = "青岛即墨海韵针织有限公司";
export const NDP = "Nam Dinh Pearl Silk Co., Ltd.";
export const HYD = "福建石狮宏远染整有限公司";
export const RX = "淄博周村瑞鑫纺织有限公司";

/** Every account rep1 (钱佳怡) owns. */
export const R1 = [HJ, HKQ, HBH, HYR, YXP, SZ, JC, LC, HD, HT, LJ, DS, YXR, HL, DMW, LOT, RF];
/** Every account the manager (沈国良) sees: rep1's and rep2's. */
export const MGR = [...R1, MD, HC, RGD, HY];
