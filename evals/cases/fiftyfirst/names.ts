// Exact account names of the fifty-first book (evals/books/lishan/accounts.csv), for the expectations.
export const BW = "广西北湾港口集团有限公司";
export const QCT = "广西北湾钦州集装箱码头有限公司";
export const QBT = "广西北湾钦州散货码头有限公司";
export const XFH = "福建鲜丰汇商业连锁集团有限公司";
export const ZZDC = "鲜丰汇（漳州）物流配送中心有限公司";
export const GZAD = "广州安达供应链管理有限公司";
export const NNAD = "南宁安达冷链物流有限公司";
export const YP = "海南洋浦港联码头有限公司";
export const YD = "海南椰岛优选跨境电商有限公司";
export const MT = "东莞铭泰电子制造有限公司";
export const MJ = "佛山美佳家电股份有限公司";
export const SJT = "深圳速捷通跨境电商有限公司";
export const SHL = "Straits Harbour Logistics Pte. Ltd.";
export const NGS = "PT Nusantara Gudang Sentosa";
export const HC = "厦门海沧联运物流有限公司";
export const DL = "惠州德力新能源电池有限公司";
export const KRD = "Kelana Retail Distribution Sdn. Bhd.";
export const MFCC = "Merlion Fresh Cold Chain Pte. Ltd.";
export const DMT = "广西凭祥东盟通跨境物流有限公司";
export const SLB = "PT Surya Logistik Batam";
export const MJK = "福州闽江口集装箱码头有限公司";
export const JM = "泉州晋美鞋业股份有限公司";
export const YC = "海口椰城冷链物流有限公司";
export const LT = "厦门鹭通跨境电商有限公司";

/** Every account rep1 (陈思琪) owns. */
export const R1 = [BW, QCT, QBT, XFH, ZZDC, GZAD, NNAD, YP, YD, MT, MJ, SJT, SHL, NGS, HC, DL];
/** Every account the manager (罗嘉伟, 大客户一部) sees: rep1's and rep2's. */
export const MGR = [...R1, KRD, MFCC, DMT, SLB];
