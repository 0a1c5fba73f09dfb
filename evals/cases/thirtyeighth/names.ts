// Exact account names of the thirty-eighth book (evals/books/emei/accounts.csv), for the expectations.
export const TTG = "成都天府城市交通集团有限公司";
export const TFM = "成都天府地铁运营有限公司";
export const TFB = "成都天府公交有限公司";
export const QCU = "四川青城大学";
export const QCP = "四川青城职业技术学院";
export const YBP = "宜宾市公安局";
export const SJH = "宜宾三江汇购物中心有限公司";
export const LJH = "重庆两江中心医院";
export const XGL = "重庆星光里购物中心管理有限公司";
export const FJH = "绵阳涪江人民医院";
export const JYS = "泸州市江阳实验中学";
export const QJP = "曲靖市公安局";
export const ZCS = "贵阳筑城外国语学校";
export const LJB = "重庆两江公交有限公司";
export const VCM = "Vientiane Central Mall Co. Ltd.";
export const PPUT = "Phnom Penh Urban Transit Co. Ltd.";
export const SNS = "四川蜀南师范学院";
export const NCP = "南充市公安局";
export const JLH = "成都锦里荟购物中心有限公司";
export const JHH = "德阳旌湖医院";
export const CCM = "昆明春城地铁运营有限公司";
export const ZYP = "遵义市公安局";
export const QZH = "贵州黔中医科大学附属医院";
export const SRAP = "Siem Reap Angkor Plaza Co. Ltd.";

/** Every account rep1 (何俊杰) owns. */
export const R1 = [TTG, TFM, TFB, QCU, QCP, YBP, SJH, LJH, XGL, FJH, JYS, QJP, ZCS, LJB, VCM, PPUT];
/** Every account the manager (罗文静) sees: rep1's and rep2's. */
export const MGR = [...R1, SNS, NCP, JLH, JHH];
