import type { Contact, Interaction, InteractionKind } from "../../engine/types";
import type { AccountSpec } from "./account-spec";
import type { Clock } from "./dates";
import { createRng, demoId, type Rng, seedOf } from "./prng";
import { PRODUCTS } from "./products";

const KINDS: InteractionKind[] = ["visit", "visit", "visit", "call", "call", "meeting", "email", "email", "event"];
const FEEDBACK = [
  "整体满意，希望加强售后响应速度",
  "关注价格与后续维保费用",
  "提到竞品近期拜访频繁，报价更低",
  "对 AI 辅助诊断功能很感兴趣",
  "希望安排临床科室试用两周",
  "反映设备报修后工程师到场偏慢",
  "表示明年预算向信息化倾斜",
];
const NEXT = [
  "下周提交正式报价",
  "约定月底前安排现场演示",
  "需等待院内预算审批",
  "对方要求补充注册证与资质文件",
  "计划安排工程师驻场培训",
  "约定下月带解决方案团队（铁三角）再访",
];

/**
 * Interactions over (at most) the last year of an account, the most recent exactly `touch.lastDaysAgo` ago,
 * so accounts meant to look neglected have no touch for 90+ days.
 */
export function buildInteractions(
  spec: AccountSpec,
  accountId: string,
  contacts: Contact[],
  clock: Clock,
): Interaction[] {
  const rng = createRng(seedOf(`interactions:${spec.key}`));
  const start = Math.min(365, spec.orders ? spec.orders.firstDaysAgo + 30 : 240);
  const { lastDaysAgo, perQuarter } = spec.touch;
  const span = Math.max(0, start - lastDaysAgo);
  const count = Math.max(2, Math.round((perQuarter * span) / 90));
  const skus = spec.orders?.skus ?? ["HK-US-700", "HK-PACS"];
  const days = Array.from({ length: count }, (_, i) =>
    i === 0 ? lastDaysAgo : lastDaysAgo + rng.int(1, Math.max(1, span)),
  );
  days.sort((a, b) => b - a);
  return days.map((daysAgo, i) => {
    const contact = pickContact(contacts, daysAgo, rng);
    const kind = rng.pick(KINDS);
    const product = PRODUCTS.find((p) => p.sku === rng.pick(skus))?.name ?? "设备";
    return {
      id: demoId("interaction", `${spec.key}-${i + 1}`),
      accountId,
      contactId: contact?.id ?? null,
      kind,
      occurredAt: clock.at(daysAgo, rng.int(1, 9), rng.pick([0, 15, 30, 45])),
      summary: summarize(kind, contact, product, rng),
    };
  });
}

/** We meet friends more often; someone who left is only met before they left (150+ days ago). */
function pickContact(contacts: Contact[], daysAgo: number, rng: Rng): Contact | undefined {
  const eligible = contacts.filter((c) => !c.leftCompany || daysAgo > 150);
  const weights = eligible.map((c) => 1 + (c.ourStrength ?? 0) * (c.leftCompany ? 2 : 1));
  let r = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < eligible.length; i++) {
    r -= weights[i];
    if (r <= 0) return eligible[i];
  }
  return eligible[eligible.length - 1];
}

function summarize(kind: InteractionKind, c: Contact | undefined, product: string, rng: Rng): string {
  const who = c ? `${c.title ?? ""}${c.name}` : "客户相关负责人";
  const feedback = rng.pick(FEEDBACK);
  const next = rng.pick(NEXT);
  switch (kind) {
    case "visit":
      return `拜访${who}，了解${product}使用情况；对方${feedback}。`;
    case "call":
      return `电话沟通${who}，确认${product}项目进度，${next}。`;
    case "meeting":
      return `与${who}等召开${product}方案交流会，${next}。`;
    case "email":
      return `向${who}发送${product}技术方案与报价单，${next}。`;
    default:
      return `邀请${who}参加华康医疗区域学术沙龙，演示${product}；对方${feedback}。`;
  }
}

/** Each contact's lastContactAt is their latest interaction (null if we never met them). */
export function withLastContact(contacts: Contact[], interactions: Interaction[]): Contact[] {
  const latest = new Map<string, string>();
  for (const i of interactions) {
    if (!i.contactId) continue;
    const prev = latest.get(i.contactId);
    if (!prev || i.occurredAt > prev) latest.set(i.contactId, i.occurredAt);
  }
  return contacts.map((c) => ({ ...c, lastContactAt: latest.get(c.id) ?? null }));
}
