import type { AccountRef, ContactRef } from "./types";

/** A book of twelve accounts: Chinese names, some English aliases and abbreviations, one group with a branch. */
export const ACCOUNTS: AccountRef[] = [
  { id: "ecmg", name: "华东医疗集团", aliases: ["East China Medical Group", "ECMG"] },
  {
    id: "fahzu",
    name: "浙江大学医学院附属第一医院",
    aliases: ["浙大一院", "FAHZU", "First Affiliated Hospital of Zhejiang University"],
  },
  { id: "hz1", name: "杭州市第一人民医院", aliases: ["Hangzhou First People's Hospital"] },
  { id: "ecmg2", name: "华东医疗集团第二分公司", aliases: ["East China Medical Group Branch 2"] },
  { id: "lihuili", name: "宁波市医疗中心李惠利医院", aliases: ["李惠利医院", "Ningbo Lihuili Hospital"] },
  { id: "renji", name: "上海仁济医院", aliases: ["Renji Hospital"] },
  { id: "kangnuo", name: "苏州康诺医疗器械有限公司", aliases: ["Kangnuo Medical"] },
  { id: "jsph", name: "江苏省人民医院", aliases: ["Jiangsu Province Hospital"] },
  { id: "wmu2", name: "温州医科大学附属第二医院", aliases: ["温医二院"] },
  { id: "ruikang", name: "深圳瑞康生物医疗电子股份有限公司", aliases: ["Ruikang Bio-Medical"] },
  { id: "acme", name: "Acme Diagnostics Ltd", aliases: ["Acme"] },
  { id: "sxch", name: "绍兴市中心医院", aliases: ["Shaoxing Central Hospital"] },
];

export const CONTACTS: ContactRef[] = [
  { id: "c-wang", accountId: "fahzu", name: "王建国", title: "院长" },
  { id: "c-li", accountId: "fahzu", name: "李敏", title: "信息中心主任" },
  { id: "c-zhang", accountId: "ecmg", name: "张伟", title: "CIO" },
  { id: "c-chen", accountId: "renji", name: "陈静", title: "采购处处长" },
  { id: "c-smith", accountId: "acme", name: "John Smith", title: "Head of Procurement" },
];

export const NOW = "2026-11-22T10:00:00.000Z";
