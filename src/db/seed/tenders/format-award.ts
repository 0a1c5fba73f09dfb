import { zhDate } from "../dates";
import type { Dates, Item, Party } from "./notice-types";

export type AwardSpec = {
  projectName: string;
  projectNumber: string;
  buyer: Party;
  agency: Party;
  winner: { name: string; address: string };
  amount: number;
  budget: number;
  items: Item[];
  publishedDaysAgo: number;
  /** A service contract: [from, to] in days before now (to negative = ends in the future). */
  service?: { fromDaysAgo: number; toDaysAgo: number; scope: string };
  /** Other bidders, for the candidate-publicity layout (first is runner-up). */
  others?: { name: string; price: number }[];
};

/** 中标(成交)结果公告 in the 政采云 layout, with 服务期限 for service contracts. */
export function formatAward(s: AwardSpec, d: Dates): string {
  const goods = s.service
    ? "/"
    : `序号 | 标项名称 | 标的名称 | 品牌 | 数量 | 单价（元） | 规格型号\n${s.items
        .map(
          (it, i) =>
            `${i + 1} | ${s.projectName} | ${it.name} | ${it.brand ?? "/"} | ${it.qty} | ${it.budget} | ${it.spec}`,
        )
        .join("\n")}`;
  const service = s.service
    ? `序号 | 标项名称 | 标的名称 | 服务范围 | 服务要求 | 服务时间 | 服务标准\n1 | ${s.projectName} | ${s.items[0].name} | ${s.service.scope} | ${s.items[0].spec} | 服务期限：自${zhDate(d.date(s.service.fromDaysAgo))}至${zhDate(d.date(s.service.toDaysAgo))} | 合格`
    : "/";
  return `${s.agency.name}关于${s.projectName}的中标(成交)结果公告
发布时间：${d.date(s.publishedDaysAgo)}
一、项目编号：${s.projectNumber}
二、项目名称：${s.projectName}
三、中标（成交）信息
预算金额（元）：${s.budget}
1.中标结果：
序号 | 中标（成交）金额(元) | 中标供应商名称 | 中标供应商地址
1 | 最终报价:${s.amount}(元) | ${s.winner.name} | ${s.winner.address}
2.废标结果:
序号 | 标项名称 | 废标理由 | 其他事项
/ | / | / | /
四、主要标的信息
1.货物类主要标的信息：
${goods}
2.服务类主要标的信息：
${service}
五、评审专家（单一来源采购人员）名单：
王立群,陈海东,刘晓燕,周建国,孙明辉
六、代理服务收费标准及金额：
1.代理服务收费标准：按招标文件约定
2.代理服务收费金额（元）：${Math.round(s.amount * 0.008)}
七、公告期限
自本公告发布之日起1个工作日。
八、其他补充事宜
各参加政府采购活动的供应商认为该中标/成交结果和采购过程等使自己的权益受到损害的，可以自本公告期限届满之日起7个工作日内，以书面形式向采购人或受其委托的采购代理机构提出质疑。
九、对本次公告内容提出询问、质疑、投诉，请按以下方式联系
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
`;
}

/** 中标（成交）结果公告 in the agency-letter layout (五、中标供应商 … 六、报价明细). */
export function formatAwardLetter(s: AwardSpec, d: Dates): string {
  const rows = s.items
    .map((it) => `${it.name} | ${it.spec} | ${it.qty} | - | 详见招标文件 | ￥${money(it.budget)}`)
    .join("\n");
  return `${s.agency.name}受${s.buyer.name}的委托，于${zhDate(d.date(s.publishedDaysAgo + 3))}就${s.projectName}（${s.projectNumber}）采用公开招标进行采购。现就本次采购的中标（成交）结果公告如下：
一、采购项目编号：${s.projectNumber}
二、采购项目名称：${s.projectName}
三、采购项目预算金额（元）：${s.budget}元
四、采购方式：公开招标
五、中标供应商
1：中标供应商名称 ${s.winner.name} 地址 ${s.winner.address}
中标金额：￥${money(s.amount)}
六、报价明细
主要中标、成交标的名称 | 规格型号 | 数量 | 单价（元） | 服务要求 | 中标金额
${rows}
七、评审日期：${d.date(s.publishedDaysAgo + 3)}
八、本公告期限1个工作日。
九、联系事项：
（一）采购单位联系人：${s.buyer.person} | 联系电话：${s.buyer.phone}
（二）采购代理机构联系人：${s.agency.person} | 联系电话：${s.agency.phone}
各有关当事人对中标、成交结果有异议的，可以在中标、成交公告发布之日起7个工作日内以书面形式向采购代理机构（或采购人）提出质疑，逾期将依法不予受理。
发布人：${s.agency.name}
发布时间：${zhDate(d.date(s.publishedDaysAgo))}
`;
}

/** 中标候选人公示 as a two-column table (招标人 | … | 第一中标候选人). */
export function formatCandidates(s: AwardSpec, d: Dates): string {
  const others = (s.others ?? []).map(
    (o, i) => `第${["二", "三"][i]}中标候选人 | 单位名称 | ${o.name}\n投标报价 | ￥${money(o.price)}`,
  );
  return `${s.agency.name}${s.projectName}${s.projectNumber}中标候选人公示
发布时间：${d.date(s.publishedDaysAgo)}
项目名称 | ${s.projectName} | 项目招标编号 | ${s.projectNumber}
招标人 | ${s.buyer.name}
招标代理机构 | ${s.agency.name}
招标方式 | 公开招标
采购内容 | ${s.items.map((it) => `${it.name} ${it.qty}`).join("、")}
预算金额 | ${s.budget}元
公示开始时间 | ${zhDate(d.date(s.publishedDaysAgo))} | 公示截止时间 | ${zhDate(d.date(s.publishedDaysAgo - 3))}
预中标人 | ${s.winner.name}
第一中标候选人 | 单位名称 | ${s.winner.name}
投标报价 | ￥${money(s.amount)}
交货期 | 合同签订后60日历天 | 质量等级 | 合格
${others.join("\n")}
被否决投标的投标人名称、否决原因及依据 | 无
质疑和投诉 | 投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间提出。招标人自收到异议之日起3日内作出答复。
招标人联系人 | ${s.buyer.person} | 联系电话 | ${s.buyer.phone}
代理机构联系人 | ${s.agency.person} | 联系电话 | ${s.agency.phone}
`;
}

const money = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
