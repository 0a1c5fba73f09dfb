// Exact account names of the nineteenth book (evals/books/qinling/accounts.csv), for the expectations.
export const XA = "国网陕西省电力有限公司西安供电公司";
export const BJ = "国网陕西省电力有限公司宝鸡供电公司";
export const LZ = "国网甘肃省电力公司兰州供电公司";
export const TS = "国网甘肃省电力公司天水供电公司";
export const TSK = "天水经济技术开发区管理委员会";
export const YB = "陕西榆北煤业集团有限公司";
export const CJL = "榆北煤业曹家梁煤矿有限公司";
export const HLG = "榆北煤业红柳沟煤矿有限公司";
export const HJS = "汉中汉江水务集团有限公司";
export const HJG = "汉中汉江钢铁有限责任公司";
export const WH = "陕西渭华理工大学";
export const GM = "宁夏光明云数据科技有限公司";
export const PL = "宝鸡蟠龙新材料产业园管理委员会";
export const TEP = "Tashkent Energy Park LLC";
export const LY = "兰州陇原石化有限公司";
export const DS = "西安鼎盛半导体材料有限公司";
export const HZ = "国网陕西省电力有限公司汉中供电公司";
export const AMG = "Almaty Metro Grid JSC";
export const QS = "榆林清水工业园区管理委员会";
export const HH = "兰州黄河精细化工有限公司";
export const WLMQ = "国网新疆电力有限公司乌鲁木齐供电公司";
export const YC = "国网宁夏电力有限公司银川供电公司";
export const UMP = "Ulaanbaatar Mining Power LLC";
export const TSD = "新疆天山数据港有限公司";

/** Every account rep1 (杜晓萌) owns. */
export const R1 = [XA, BJ, LZ, TS, TSK, YB, CJL, HLG, HJS, HJG, WH, GM, PL, TEP, LY, DS];
/** Every account rep2 (马骁) owns. */
export const R2 = [HZ, AMG, QS, HH];
/** Every account the manager (雷振华) sees: rep1's and rep2's. */
export const TEAM = [...R1, ...R2];
/** Every account rep3 (何雅琴) owns. */
export const R3 = [WLMQ, YC, UMP, TSD];
