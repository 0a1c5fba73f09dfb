import type { RiskRecord, RiskRecordKind, Severity } from "../../engine/types";
import type { Clock } from "./dates";
import { demoId } from "./prng";

type RiskSpec = {
  account: string;
  kind: RiskRecordKind;
  severity: Severity;
  daysAgo: number;
  summary: (year: string) => string;
};

const RISKS: RiskSpec[] = [
  {
    account: "hd-rehab",
    kind: "financial",
    severity: "medium",
    daysAgo: 40,
    summary: () => "医保基金结算延迟，医院应付账款周转天数升至 210 天，已多次推迟供应商付款。",
  },
  {
    account: "nj-xwh",
    kind: "judicial",
    severity: "high",
    daysAgo: 60,
    summary: (y) => `因设备买卖合同纠纷被供应商起诉（(${y})苏0102民初4417号），涉案金额 320 万元，法院已立案。`,
  },
  {
    account: "tj-hh",
    kind: "judicial",
    severity: "medium",
    daysAgo: 85,
    summary: (y) => `门诊楼改造工程款纠纷，施工方申请财产保全（(${y})津0103财保211号），冻结资金 180 万元。`,
  },
  {
    account: "yt-zfw",
    kind: "financial",
    severity: "high",
    daysAgo: 25,
    summary: () => "地方财政补助到位延迟，医院发函通知供应商货款将延期 3-6 个月支付。",
  },
  {
    account: "sjz-ht",
    kind: "sentiment",
    severity: "medium",
    daysAgo: 50,
    summary: () => "本地媒体报道该院放射科 DR 设备故障导致患者排队数小时，引发网络负面舆情，院长随后调离。",
  },
  {
    account: "hd-1h",
    kind: "sentiment",
    severity: "low",
    daysAgo: 20,
    summary: () => "院长在行业论坛上公开称赞联创影像的国产高端 CT 与影像云方案。",
  },
  {
    account: "hb-hk",
    kind: "other",
    severity: "low",
    daysAgo: 120,
    summary: () => "因未按时公示年度报告被列入经营异常名录，尚未移出。",
  },
];

/** External risk records (judicial, financial, public sentiment) about the accounts meant to look risky. */
export function buildRiskRecords(clock: Clock, accountIdOf: (key: string) => string): RiskRecord[] {
  return RISKS.map((r) => {
    const occurredAt = clock.date(r.daysAgo);
    return {
      id: demoId("risk", `${r.account}-${r.kind}`),
      accountId: accountIdOf(r.account),
      kind: r.kind,
      severity: r.severity,
      summary: r.summary(occurredAt.slice(0, 4)),
      occurredAt,
    };
  });
}
