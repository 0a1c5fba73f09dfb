// Exact account names of the twenty-sixth book (evals/books/jialing/accounts.csv), for the expectations.
export const YZ = "重庆渝州银行股份有限公司";
export const TF = "四川天府农商银行股份有限公司";
export const CDM = "中国移动通信集团四川有限公司成都分公司";
export const MYM = "中国移动通信集团四川有限公司绵阳分公司";
export const CQT = "中国电信股份有限公司重庆分公司";
export const GZU = "中国联合网络通信有限公司贵州省分公司";
export const QY = "黔云数智集团有限公司";
export const QYGA = "黔云数智贵安数据中心有限公司";
export const QYCQ = "黔云数智重庆数据中心有限公司";
export const GYB = "贵阳市大数据发展管理局";
export const FJ = "涪江理工大学";
export const NS = "重庆市南山中心医院";
export const RX = "四川蓉信数据服务有限公司";
export const VDX = "Vientiane Digital Exchange Co. Ltd.";
export const YNT = "Yangon Netcore Telecom Ltd.";
export const MYT = "中国电信股份有限公司绵阳分公司";
export const GYM = "中国移动通信集团贵州有限公司贵阳分公司";
export const PPCH = "Phnom Penh Cloud Hub Plc.";
export const BY = "重庆巴渝证券股份有限公司";
export const JC = "成都锦城人民医院";
export const YNTEL = "中国电信股份有限公司云南分公司";
export const DC = "昆明滇池国际数据港有限公司";
export const KMD = "昆明市政务服务数据管理局";
export const CJ = "重庆长江航运集团有限公司";

/** Every account rep1 (何晓雯) owns. */
export const R1 = [YZ, TF, CDM, MYM, CQT, GZU, QY, QYGA, QYCQ, GYB, FJ, NS, RX, VDX, YNT, MYT];
/** Every account rep2 (冉俊峰) owns. */
export const R2 = [GYM, PPCH, BY, JC];
