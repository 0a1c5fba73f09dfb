import { WAN } from "./account-spec";
import { LIANCHUANG, MAIKANG, ORBIS } from "./competitors";

/**
 * Hand-written opportunities. Open ones: `closeInDays` is expected close from now (negative: overdue).
 * Lost ones: `closedDaysAgo` and the stage reached before losing. Won deals are derived from orders.
 */
export type OpenSpec = {
  account: string;
  name: string;
  stage: "lead" | "qualified" | "solution" | "proposal" | "negotiation";
  sku: string;
  amount: number;
  competitor: string | null;
  createdDaysAgo: number;
  closeInDays: number;
};

export type LostSpec = {
  account: string;
  name: string;
  reached: "qualified" | "solution" | "proposal" | "negotiation";
  sku: string;
  amount: number;
  competitor: string;
  createdDaysAgo: number;
  closedDaysAgo: number;
};

const o = (
  account: string,
  name: string,
  stage: OpenSpec["stage"],
  sku: string,
  amountWan: number,
  competitor: string | null,
  createdDaysAgo: number,
  closeInDays: number,
): OpenSpec => ({ account, name, stage, sku, amount: amountWan * WAN, competitor, createdDaysAgo, closeInDays });

export const OPEN_OPPORTUNITIES: OpenSpec[] = [
  o("hd-group", "集团区域影像云平台二期", "solution", "HK-PACS", 380, null, 75, 60),
  o("hd-group", "集团 HIS 年度升级服务", "negotiation", "HK-HIS", 160, null, 50, 20),
  o("hd-1h", "第一医院 DR 设备更新", "proposal", "HK-DR-900", 250, LIANCHUANG, 60, 25),
  o("hd-1h", "第一医院内镜中心扩建", "qualified", "HK-ENDO-4K", 520, ORBIS, 30, 120),
  o("hd-2", "第二分公司监护仪补充采购", "lead", "HK-MON-12", 40, MAIKANG, 8, 90),
  o("hd-rehab", "康复医院呼吸机更新", "qualified", "HK-VEN-80", 72, MAIKANG, 120, -10),
  o("qt-1h", "钱大一院智慧病房全院推广", "negotiation", "HK-WARD", 680, null, 140, 25),
  o("qt-1h", "钱大一院 CT 维保续约", "proposal", "HK-CT-SVC", 170, LIANCHUANG, 40, 35),
  o("qt-2h", "钱大二院麻醉机采购", "proposal", "HK-ANE-60", 156, MAIKANG, 45, 30),
  o("qt-ch", "儿童医院 PACS 升级", "solution", "HK-PACS", 300, ORBIS, 35, 75),
  o("nb-yj", "甬江医院中央监护系统", "solution", "HK-CMS", 84, null, 20, 40),
  o("sz-xh", "星海医院彩超采购", "proposal", "HK-US-700", 504, MAIKANG, 70, 30),
  o("sz-xh", "星海医院 LIS 替换", "lead", "HK-LIS", 90, null, 12, 150),
  o("yk-chain", "悦康新开门店 DR 配置", "qualified", "HK-DR-900", 375, LIANCHUANG, 25, 60),
  o("hz-tx", "苕溪医院新院区监护系统", "qualified", "HK-CMS", 126, MAIKANG, 28, 100),
  o("hz-tx", "苕溪医院新院区 HIS", "lead", "HK-HIS", 450, null, 10, 180),
  o("hz-wl", "未来科技城医院电子病历建设", "negotiation", "HK-EMR", 280, null, 55, 15),
  o("hz-xh", "湘湖医院 LIS 扩容", "solution", "HK-LIS", 90, null, 30, 50),
  o("hx-ins", "华信人寿健康管理平台", "lead", "HK-REGION", 120, null, 40, 200),
  o("sd-hc", "全民健康信息平台二期", "solution", "HK-REGION", 1200, LIANCHUANG, 90, 120),
  o("sd-info", "信息中心平台运维续约", "negotiation", "HK-MAINT", 120, null, 30, 45),
  o("sd-120", "急救指挥中心车载呼吸机", "lead", "HK-VEN-80", 180, MAIKANG, 15, 120),
  o("kn-group", "康宁集团 LIS 集中采购", "proposal", "HK-LIS", 270, MAIKANG, 50, 30),
  o("kn-group", "康宁集团全院维保托管", "qualified", "HK-MAINT", 360, null, 22, 90),
  o("kn-group", "康宁集团智慧病房试点", "lead", "HK-WARD", 150, null, 6, 150),
  o("bj-ydh", "永定河医院彩超更新", "negotiation", "HK-US-700", 336, MAIKANG, 80, 10),
  o("bj-ydh", "永定河医院麻醉机采购", "solution", "HK-ANE-60", 208, MAIKANG, 40, 60),
  o("tj-hh", "海河医院中央监护更新", "lead", "HK-CMS", 84, MAIKANG, 18, 120),
  o("bd-gl", "古莲医院新院区彩超", "qualified", "HK-US-700", 336, null, 20, 150),
  o("qd-ld", "崂东医院 PACS 建设", "proposal", "HK-PACS", 220, LIANCHUANG, 33, 40),
  o("jn-qc", "泉城妇儿彩超采购", "qualified", "HK-US-700", 504, ORBIS, 30, 90),
  o("jn-qc", "泉城妇儿监护仪", "lead", "HK-MON-12", 68, null, 10, 120),
  o("nmu", "北医科科研影像平台", "solution", "HK-PACS", 180, null, 45, 60),
  o("th-ins", "泰和健康合作医院智慧病房", "lead", "HK-WARD", 300, null, 14, 180),
  o("ts-bh", "渤海医院呼吸机采购", "qualified", "HK-VEN-80", 108, MAIKANG, 12, 70),
  o("yt-zfw", "芝罘湾医院电子病历升级", "proposal", "HK-EMR", 180, null, 60, 20),
  o("sjz-ht", "滹沱医院 DR 更新", "lead", "HK-DR-900", 125, LIANCHUANG, 16, 100),
];

const l = (
  account: string,
  name: string,
  reached: LostSpec["reached"],
  sku: string,
  amountWan: number,
  competitor: string,
  createdDaysAgo: number,
  closedDaysAgo: number,
): LostSpec => ({ account, name, reached, sku, amount: amountWan * WAN, competitor, createdDaysAgo, closedDaysAgo });

export const LOST_OPPORTUNITIES: LostSpec[] = [
  l("qt-ch", "儿童医院内镜中心建设", "proposal", "HK-ENDO-4K", 520, ORBIS, 200, 50),
  l("nj-xwh", "玄武湖医院 CT 维保续约", "negotiation", "HK-CT-SVC", 170, LIANCHUANG, 260, 200),
  l("tj-hh", "海河医院麻醉机集中采购", "proposal", "HK-ANE-60", 312, MAIKANG, 200, 75),
  l("tj-gc", "港城医院呼吸机采购", "proposal", "HK-VEN-80", 144, ORBIS, 130, 30),
  l("sjz-ht", "滹沱医院彩超采购", "solution", "HK-US-700", 168, ORBIS, 190, 100),
  l("hd-rehab", "康复医院监护仪更新", "qualified", "HK-MON-12", 60, MAIKANG, 260, 160),
  l("sz-xh", "星海医院监护仪采购", "proposal", "HK-MON-12", 95, MAIKANG, 320, 220),
];
