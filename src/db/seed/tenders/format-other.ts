import { zhDate } from "../dates";
import type { Dates, Party } from "./notice-types";

export type IntentionSpec = {
  buyer: string;
  contact: string;
  region: string;
  publishedDaysAgo: number;
  rows: { name: string; summary: string; budget: number; inMonths: number }[];
};

/** YYYY-MM `months` after the publishing day's month (calendar months, for 预计采购时间). */
function monthAfter(isoDate: string, months: number): { y: string; m: string } {
  const [y, m] = isoDate.split("-").map(Number);
  const t = y * 12 + (m - 1) + months;
  return { y: String(Math.floor(t / 12)), m: String((t % 12) + 1).padStart(2, "0") };
}

/** 采购意向公开 as a pipe table (序号 | 采购项目名称 | … | 预计采购时间). */
export function formatIntention(s: IntentionSpec, d: Dates, today: string): string {
  const months = s.rows.map((r) => monthAfter(today, r.inMonths));
  const first = months.reduce((a, b) => (a.y + a.m < b.y + b.m ? a : b));
  const last = months.reduce((a, b) => (a.y + a.m > b.y + b.m ? a : b));
  const rows = s.rows.map(
    (r, i) =>
      `${i + 1} | ${r.name} | ${r.summary} | ${(r.budget / 10_000).toFixed(6)} | 否 | ${months[i].y}年${months[i].m}月 | `,
  );
  return `${s.buyer}${first.y}年${first.m}月(至)${last.y}年${last.m}月政府采购意向
发布时间：${d.date(s.publishedDaysAgo)} 10:12:36
地区：${s.region}
为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》等有关规定，现将${s.buyer}采购意向公开如下：
序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 拟面向中小企业预留 | 预计采购时间 | 备注
${rows.join("\n")}
本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。采购需求概况中的采购标的数量、质量、服务、安全、时限等要求以采购文件为准，预计采购时间可能根据预算批复情况调整。
采购单位联系方式：${s.contact}
${s.buyer}
${zhDate(d.date(s.publishedDaysAgo))}
`;
}

export type CorrectionSpec = {
  projectName: string;
  projectNumber: string;
  buyer: Party;
  agency: Party;
  firstPublishedDaysAgo: number;
  publishedDaysAgo: number;
  changes: string[];
};

/** 更正公告: same project number as the original, listing each change as 原…现更正为…. */
export function formatCorrection(s: CorrectionSpec, d: Dates): string {
  return `${s.projectName}更正公告
一、项目基本情况
原公告的采购项目编号：${s.projectNumber}
原公告的采购项目名称：${s.projectName}
首次公告日期：${zhDate(d.date(s.firstPublishedDaysAgo))}
二、更正信息
更正事项：采购公告、采购文件
更正内容：
${s.changes.map((c, i) => `${i + 1}、${c}`).join("\n")}
更正理由：根据采购人需求调整。
更正日期：${zhDate(d.date(s.publishedDaysAgo))}
三、其他补充事宜
除上述更正内容外，原公告及采购文件其他内容不变。已获取采购文件的供应商请重新下载更正后的采购文件。
四、凡对本次公告内容提出询问，请按以下方式联系
1.采购人信息
名 称：${s.buyer.name}
地 址：${s.buyer.address}
联系方式：${s.buyer.person} ${s.buyer.phone}
2.采购代理机构信息
名 称：${s.agency.name}
地 址：${s.agency.address}
项目联系人：${s.agency.person}
项目联系方式：${s.agency.phone}
`;
}

export type EnglishTenderSpec = {
  purchaser: string;
  agency: string;
  project: string;
  bidNo: string;
  lots: { item: string; qty: string; budget: number }[];
  publishedDaysAgo: number;
  deadlineInDays: number;
  contact: { person: string; phone: string; email: string; address: string };
};

/** An international Invitation for Bids, as agencies publish in English for imported equipment. */
export function formatEnglishTender(s: EnglishTenderSpec, d: Dates): string {
  const deadline = new Date(`${d.date(-s.deadlineInDays)}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const lots = s.lots.map((l, i) => `${i + 1} | ${l.item} | ${l.qty} | ${l.budget}`).join("\n");
  const total = s.lots.reduce((a, l) => a + l.budget, 0);
  return `Invitation for Bids (IFB)
Date of issue: ${d.date(s.publishedDaysAgo)}
Project name: ${s.project}
Bid No.: ${s.bidNo}
1. ${s.purchaser} (the "Purchaser") has appointed ${s.agency} as its Procurement Agent, which hereby invites sealed bids from eligible bidders for the supply, installation and training of the following goods:
Lot | Item | Quantity | Budget (CNY)
${lots}
Total budget: CNY ${total}
2. Bidders shall hold a valid medical device registration certificate issued by the NMPA for the offered goods.
3. Bidding documents may be obtained from the Procurement Agent's e-bidding platform from the date of issue until the bid deadline. Price of bidding documents: CNY 0.
4. Deadline for bid submission: 09:30 (Beijing time), ${deadline}. Late bids will be rejected.
5. Bid opening: 09:30 (Beijing time), ${deadline}, at ${s.contact.address}, in the presence of bidders' representatives who choose to attend.
6. Bid security: 2% of the bid price, in the form of a bank guarantee valid for 120 days after bid opening.
7. Contact: ${s.contact.person}, Tel: ${s.contact.phone}, E-mail: ${s.contact.email}
${s.agency}
`;
}
