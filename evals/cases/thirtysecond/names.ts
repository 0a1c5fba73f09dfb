// Exact account names of the thirty-second book (evals/books/haiqing/accounts.csv), for the expectations.
export const LH = "山东鲁海新能源集团有限公司";
export const LYT = "鲁海新能源（烟台）海上风电有限公司";
export const LDY = "鲁海新能源（东营）海上风电有限公司";
export const RD = "江苏如东海风运维有限公司";
export const YK = "如东洋口港液化天然气储运有限公司";
export const XWS = "连云港徐圩石化储运有限公司";
export const XWP = "连云港徐圩港口有限公司";
export const XP = "大连星浦跨海大桥管理有限公司";
export const BY = "沧州渤洋石化仓储有限公司";
export const XF = "营口先锋船舶修造有限公司";
export const SD = "威海石岛新港码头有限公司";
export const JHB = "泰州江海公铁大桥运营管理有限公司";
export const LT = "唐山乐亭海上风电有限公司";
export const CRMS = "Cam Ranh Marine Shipyard JSC";
export const NVW = "Nordvik Vind AS";
export const BJM = "PT Batam Jaya Marine";
export const BG = "青岛北港船舶重工有限公司";
export const SG = "东营胜港石化储运有限公司";
export const DF = "盐城大丰海上风电有限公司";
export const JZ = "锦州湾港务有限公司";
export const CTT = "PT Cilegon Tangki Terminal";
export const VTOW = "Vung Tau Offshore Wind JSC";
export const LB = "盘锦辽滨石化储运有限公司";
export const TZW = "南通通州湾海上风电有限公司";

/** Every account rep1 (苏晴) owns. */
export const R1 = [LH, LYT, LDY, RD, YK, XWS, XWP, XP, BY, XF, SD, JHB, LT, CRMS, NVW, BJM];
/** Every account rep2 (贺一鸣) owns. */
export const R2 = [BG, SG, DF, JZ];
/** Every account the manager (韩立铭) sees: rep1's and rep2's. */
export const MGR = [...R1, ...R2];
