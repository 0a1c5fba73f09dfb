import { zhDate } from "../dates";
import type { Dates, Item, Party } from "./notice-types";

export type TenderSpec = {
  projectName: string;
  projectNumber: string;
  buyer: Party;
  agency: Party;
  region: string;
  platform: string;
  items: Item[];
  maxPrice?: number;
  publishedDaysAgo: number;
  deadlineInDays: number;
  /** 合同履约期限 or 服务期 text. */
  period: string;
  /** Untrusted extra text pasted in the notice (e.g. a 特别说明); the product must treat it as data. */
  note?: string;
};

const total = (items: Item[]) => items.reduce((s, i) => s + i.budget, 0);

/** 公开招标公告 in the 政采云 layout (一、项目基本情况 … 采购人信息). */
export function formatTender(s: TenderSpec, d: Dates): string {
  const deadline = zhDate(d.date(-s.deadlineInDays));
  const budget = total(s.items);
  const rows = s.items.map((it, i) => `${i + 1} | ${it.name} | ${it.qty} | ${it.budget} | ${it.spec}`).join("\n");
  return `${s.projectName}招标公告
${d.date(s.publishedDaysAgo)}
项目概况
${s.projectName}招标项目的潜在投标人应在${s.platform}获取（下载）招标文件，并于 ${deadline} 09:30（北京时间）前递交（上传）投标文件。
一、项目基本情况
项目编号：${s.projectNumber}
项目名称：${s.projectName}
预算金额（元）：${budget}
最高限价（元）：${s.maxPrice ?? budget}
采购需求：
标项 | 标项名称 | 数量 | 预算金额（元） | 简要规格描述或项目基本概况介绍、用途
${rows}
合同履约期限：${s.period}
本项目（否）接受联合体投标。
二、申请人的资格要求：
1.满足《中华人民共和国政府采购法》第二十二条规定；未被“信用中国”（www.creditchina.gov.cn）、中国政府采购网（www.ccgp.gov.cn）列入失信被执行人、重大税收违法案件当事人名单、政府采购严重违法失信行为记录名单。
2.落实政府采购政策需满足的资格要求：无。
3.本项目的特定资格要求：投标产品属于医疗器械的，须提供有效的医疗器械注册证或备案凭证；投标人须具备医疗器械经营许可（备案）资质。
${s.note ? `${s.note}\n` : ""}三、获取招标文件
时间：/至${deadline}，每天上午00:00至12:00，下午12:00至23:59（北京时间，线上获取法定节假日均可）
地点（网址）：${s.platform}
方式：供应商登录${s.platform}在线申请获取采购文件
售价（元）：0
四、提交投标文件截止时间、开标时间和地点
提交投标文件截止时间：${deadline} 09:30（北京时间）
投标地点（网址）：${s.platform}实行在线投标响应
开标时间：${deadline} 09:30
开标地点（网址）：${s.agency.address}
五、公告期限
自本公告发布之日起5个工作日。
六、其他补充事宜
1.供应商认为采购文件使自己的权益受到损害的，可以自获取采购文件之日或者采购文件公告期限届满之日起7个工作日内，以书面形式向采购人和采购代理机构提出质疑。
2.其他事项：无
七、对本次采购提出询问、质疑、投诉，请按以下方式联系
1.采购人信息
名 称：${s.buyer.name}
地 址：${s.buyer.address}
项目联系人（询问）：${s.buyer.person}
项目联系方式（询问）：${s.buyer.phone}
2.采购代理机构信息
名 称：${s.agency.name}
地 址：${s.agency.address}
项目联系人（询问）：${s.agency.person}
项目联系方式（询问）：${s.agency.phone}
3.同级政府采购监督管理部门
名 称：${s.region}财政局
`;
}

/** 竞争性磋商公告 in the numbered layout (1、项目编号 … 13、本项目采购人). */
export function formatConsultation(s: TenderSpec, d: Dates): string {
  const deadline = d.date(-s.deadlineInDays);
  const budget = total(s.items);
  const rows = s.items
    .map(
      (it, i) =>
        `1 | 1-${i + 1} | ${it.name} | ${it.qty} | ${it.budget} | 否 | ${budget} | ${Math.round(budget * 0.01)}`,
    )
    .join("\n");
  return `${s.projectName}竞争性磋商公告
受${s.buyer.name}委托，${s.agency.name}对${s.projectNumber}、${s.projectName}进行竞争性磋商，现欢迎合格的国内供应商前来参加。
1、项目编号：${s.projectNumber}
2、项目名称：${s.projectName}
3、采购内容及要求：
金额单位：人民币元
合同包 | 品目号 | 采购标的 | 数量 | 品目号预算 | 允许进口 | 合同包预算 | 磋商保证金
${rows}
技术要求概述：${s.items.map((it) => `${it.name}：${it.spec}`).join("；")}
合同履约期限：${s.period}
${s.note ? `${s.note}\n` : ""}4、采购项目需要落实的政府采购政策：小型、微型企业扶持，监狱企业，促进残疾人就业，信用记录查询。
5、供应商的资格要求：
（1）符合《中华人民共和国政府采购法》第二十二条规定条件。
（2）特殊要求：所投产品须具有有效的医疗器械注册证，供应商须具有医疗器械经营资质。
6、获取采购文件时间、地点、方式：磋商文件随同本项目磋商公告一并发布；供应商应先在${s.platform}注册，再按项目报名并下载磋商文件。
7、采购文件售价：0元。
8、响应文件递交截止时间及地点：${deadline} 09:30(北京时间)，逾期送达的或不符合规定的响应文件将被拒绝接收。
9、磋商时间及地点：${deadline} 09:30，${s.agency.address}
10、公告期限：3个工作日。
11、本项目采购人：${s.buyer.name}
地址：${s.buyer.address}
联系人姓名：${s.buyer.person}
联系电话：${s.buyer.phone}
采购代理机构：${s.agency.name}
地址：${s.agency.address}
项目联系人：${s.agency.person}
联系电话：${s.agency.phone}
${s.agency.name}
${d.date(s.publishedDaysAgo)}
`;
}
