// Exact account names of the eighteenth book (evals/books/taihu/accounts.csv), for the expectations.
export const YYZ = "南通远洋船舶重工有限公司";
export const YYG = "南通远洋钢结构有限公司";
export const HT = "华通桥梁建设集团有限公司";
export const HT1 = "华通桥梁第一工程局有限公司";
export const HT3 = "华通桥梁第三工程局有限公司";
export const ZSX = "舟山海港船舶修造有限公司";
export const FC = "常州风驰塔筒制造有限公司";
export const DF = "无锡东方钢结构工程有限公司";
export const HS = "青岛海晟船舶修造有限公司";
export const WS = "大连万顺集装箱有限公司";
export const ZH = "烟台振海风电设备有限公司";
export const GC = "宁波北仑港城钢结构有限公司";
export const XG = "泰州新港船舶有限公司";
export const ZSG = "舟山群岛港务集团有限公司";
export const BME = "Busan Marine Engineering Co. Ltd.";
export const HSR = "Haiphong Shipbuilding & Repair JSC";
export const HH = "南通海鸿风电塔架有限公司";
export const CDD = "Chittagong Dry Dock & Engineering Ltd";
export const LC = "常州龙城钢结构有限公司";
export const HSJ = "无锡惠山精工设备有限公司";
export const LH = "大连辽海船舶重工有限公司";
export const MS = "宁波梅山港埠有限公司";
export const JZW = "青岛胶州湾海工装备有限公司";
export const ZF = "烟台芝罘船舶修造厂";

/** Every account rep1 (沈佳怡) owns: A01-A16. */
export const R1 = [YYZ, YYG, HT, HT1, HT3, ZSX, FC, DF, HS, WS, ZH, GC, XG, ZSG, BME, HSR];
/** Every account the manager (顾建平) sees: rep1's and rep2's (A01-A20). */
export const TEAM1 = [...R1, HH, CDD, LC, HSJ];
