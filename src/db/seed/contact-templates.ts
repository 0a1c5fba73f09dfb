import type { Role } from "../../engine/types";
import type { Industry } from "./demo-data-schema";

/** One position in an organisation chart: title, department, role, influence, index of the boss. */
export type Position = { title: string; department: string; role: Role; influence: number; boss: number | null };

const pos = (title: string, department: string, role: Role, influence: number, boss: number | null): Position => ({
  title,
  department,
  role,
  influence,
  boss,
});

/**
 * Org charts per industry, laid out alike: 0 decision maker, 1 approver under 0, 2 our main technical
 * counterpart, 3 the IT / second evaluator (both under 1), then procurement, a clinical influencer and two
 * engineers. Index 3 is where a cross-thread account keeps our ally.
 */
const TEMPLATES: Record<Industry, Position[]> = {
  hospital: [
    pos("院长", "院办", "decision_maker", 5, null),
    pos("分管副院长", "院办", "approver", 5, 0),
    pos("设备科科长", "设备科", "technical_evaluator", 4, 1),
    pos("信息科主任", "信息科", "technical_evaluator", 4, 1),
    pos("采购办主任", "采购办", "procurement", 3, 1),
    pos("放射科主任", "放射科", "influencer", 3, 1),
    pos("设备科工程师", "设备科", "user", 2, 2),
    pos("信息科工程师", "信息科", "coach", 2, 3),
  ],
  medical_group: [
    pos("集团总裁", "总裁办", "decision_maker", 5, null),
    pos("分管医疗副总裁", "总裁办", "approver", 5, 0),
    pos("设备采购部总监", "设备采购部", "technical_evaluator", 4, 1),
    pos("信息中心总监", "信息中心", "technical_evaluator", 4, 1),
    pos("采购经理", "设备采购部", "procurement", 3, 2),
    pos("医务部主任", "医务部", "influencer", 3, 1),
    pos("设备工程师", "设备采购部", "user", 2, 2),
    pos("信息工程师", "信息中心", "coach", 2, 3),
  ],
  university: [
    pos("分管副校长", "校办", "decision_maker", 5, null),
    pos("国有资产管理处处长", "国资处", "approver", 4, 0),
    pos("实验室与设备管理处副处长", "实验室与设备管理处", "technical_evaluator", 4, 1),
    pos("信息化办公室主任", "信息化办公室", "technical_evaluator", 4, 1),
    pos("采购与招标中心主任", "采购与招标中心", "procurement", 3, 1),
    pos("医学院院长", "医学院", "influencer", 4, 0),
    pos("医学实验中心主任", "医学院", "user", 3, 2),
    pos("信息化办公室工程师", "信息化办公室", "coach", 2, 3),
  ],
  government: [
    pos("主任", "委领导", "decision_maker", 5, null),
    pos("副主任", "委领导", "approver", 5, 0),
    pos("规划信息处处长", "规划信息处", "technical_evaluator", 4, 1),
    pos("信息化建设科科长", "规划信息处", "technical_evaluator", 4, 1),
    pos("财务处处长", "财务处", "procurement", 3, 1),
    pos("医政医管处处长", "医政医管处", "influencer", 3, 1),
    pos("项目科科员", "规划信息处", "user", 2, 2),
    pos("系统运维工程师", "规划信息处", "coach", 2, 3),
  ],
  pharma: [
    pos("总经理", "总经办", "decision_maker", 5, null),
    pos("副总经理", "总经办", "approver", 4, 0),
    pos("采购总监", "采购部", "procurement", 4, 1),
    pos("信息部经理", "信息部", "technical_evaluator", 3, 1),
    pos("财务总监", "财务部", "approver", 3, 0),
    pos("器械事业部经理", "器械事业部", "influencer", 3, 1),
    pos("采购专员", "采购部", "user", 2, 2),
    pos("仓储物流主管", "物流部", "coach", 2, 3),
  ],
  insurance: [
    pos("总经理", "总经办", "decision_maker", 5, null),
    pos("副总经理", "总经办", "approver", 4, 0),
    pos("健康管理部总经理", "健康管理部", "influencer", 4, 1),
    pos("信息技术部总经理", "信息技术部", "technical_evaluator", 4, 1),
    pos("采购部经理", "采购部", "procurement", 3, 1),
    pos("医疗网络合作部经理", "健康管理部", "user", 3, 2),
    pos("项目经理", "健康管理部", "user", 2, 2),
    pos("架构师", "信息技术部", "coach", 2, 3),
  ],
  clinic_chain: [
    pos("董事长", "董事会", "decision_maker", 5, null),
    pos("运营副总裁", "运营中心", "approver", 5, 0),
    pos("采购总监", "采购中心", "procurement", 4, 1),
    pos("信息部经理", "信息部", "technical_evaluator", 3, 1),
    pos("医务总监", "医务部", "technical_evaluator", 4, 1),
    pos("区域运营经理", "运营中心", "influencer", 3, 1),
    pos("门店主任", "门店", "user", 2, 2),
    pos("设备主管", "采购中心", "coach", 2, 2),
  ],
};

/** Which positions we know first, by account size: a lone contact is the main technical counterpart. */
const TAKE_ORDER = [2, 1, 0, 3, 6, 4, 5, 7];

/** The positions (template indexes, boss first) known at an account with `size` contacts. */
export function positionsFor(industry: Industry, size: number): { index: number; position: Position }[] {
  const template = TEMPLATES[industry];
  return TAKE_ORDER.slice(0, size)
    .sort((a, b) => a - b)
    .map((index) => ({ index, position: template[index] }));
}

/** The nearest boss of `index` that is among the `known` indexes (reporting lines skip unknown people). */
export function knownBoss(industry: Industry, index: number, known: Set<number>): number | null {
  let boss = TEMPLATES[industry][index].boss;
  while (boss !== null && !known.has(boss)) boss = TEMPLATES[industry][boss].boss;
  return boss;
}
