import { z } from "zod";
import { ATTITUDES, INTERACTION_KINDS, OPPORTUNITY_STATUSES, ROLES } from "../engine/types";
import { LIMITS } from "../limits";
import {
  amountCell,
  boolCell,
  codeCell,
  currencyCell,
  dateCell,
  intIn,
  marginCell,
  numberCell,
  text,
  timestampCell,
} from "./parse-values";

export const IMPORT_ENTITIES = ["accounts", "contacts", "orders", "opportunities", "interactions", "products"] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

const opt = <T extends z.ZodType>(s: T) => s.optional();
const required = (label: string, max: number = LIMITS.field.name) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `must be at most ${max} characters`);

const ROLE_LABELS = {
  决策者: "decision_maker",
  审批者: "approver",
  技术评估者: "technical_evaluator",
  使用者: "user",
  采购: "procurement",
  教练: "coach",
  影响者: "influencer",
  "decision maker": "decision_maker",
} as const satisfies Record<string, (typeof ROLES)[number]>;
const ATTITUDE_LABELS = { 支持: "supporter", 中立: "neutral", 反对: "opponent" } as const;
const KIND_LABELS = { 拜访: "visit", 电话: "call", 邮件: "email", 会议: "meeting", 活动: "event" } as const;
const STATUS_LABELS = { 进行中: "open", 赢单: "won", 丢单: "lost", 输单: "lost" } as const;

/** Row schemas keyed by canonical column (snake_case, as in docs/CONTRACT.md). */
export const ROW_SCHEMAS = {
  accounts: z.object({
    external_id: required("external_id"),
    name: required("name"),
    aliases: opt(
      z
        .string()
        .transform((v) =>
          v
            .split(/[;；]/)
            .map((a) => a.trim())
            .filter(Boolean),
        )
        .refine((a) => a.length <= LIMITS.field.aliases, `at most ${LIMITS.field.aliases} aliases`)
        .refine(
          (a) => a.every((x) => x.length <= LIMITS.field.alias),
          `each alias at most ${LIMITS.field.alias} characters`,
        ),
    ),
    parent_external_id: opt(text(200)),
    industry: opt(text(100)),
    region: opt(text(200)),
    employees: opt(intIn(0, 10_000_000)),
    annual_revenue: opt(amountCell),
    owner_email: opt(z.string().trim().email("must be an e-mail address")),
    wallet_estimate: opt(amountCell),
    strategic_value: opt(intIn(1, 5)),
    winnability: opt(intIn(1, 5)),
    target: opt(amountCell),
    currency: opt(currencyCell),
  }),
  contacts: z.object({
    external_id: required("external_id"),
    account_external_id: required("account_external_id"),
    name: required("name"),
    title: opt(text(200)),
    department: opt(text(200)),
    reports_to_external_id: opt(text(200)),
    role: opt(codeCell(ROLES, ROLE_LABELS)),
    influence: opt(intIn(1, 5)),
    attitude: opt(codeCell(ATTITUDES, ATTITUDE_LABELS)),
    our_strength: opt(intIn(0, 5)),
    competitor: opt(text(200)),
    competitor_strength: opt(intIn(0, 5)),
    email: opt(z.string().trim().email("must be an e-mail address")),
    phone: opt(text(50)),
    last_contact_at: opt(dateCell),
    left_company: opt(boolCell),
  }),
  orders: z.object({
    external_id: required("external_id"),
    account_external_id: required("account_external_id"),
    product_sku: opt(text(100)),
    ordered_at: dateCell,
    amount: amountCell,
    margin: opt(marginCell),
    /** 毛利: gross profit in money; becomes margin = margin_amount / amount. */
    margin_amount: opt(numberCell),
    due_at: opt(dateCell),
    paid_at: opt(dateCell),
    currency: opt(currencyCell),
  }),
  opportunities: z.object({
    external_id: required("external_id"),
    account_external_id: required("account_external_id"),
    name: opt(text(300)),
    stage: required("stage"),
    amount: opt(amountCell),
    created_at: opt(dateCell),
    expected_close: opt(dateCell),
    closed_at: opt(dateCell),
    status: opt(codeCell(OPPORTUNITY_STATUSES, STATUS_LABELS)),
    competitor: opt(text(200)),
    product_sku: opt(text(100)),
    currency: opt(currencyCell),
  }),
  interactions: z.object({
    external_id: required("external_id"),
    account_external_id: required("account_external_id"),
    contact_external_id: opt(text(200)),
    kind: codeCell(INTERACTION_KINDS, KIND_LABELS),
    occurred_at: timestampCell,
    summary: opt(text(5000)),
  }),
  products: z.object({
    sku: required("sku"),
    name: required("name"),
    category: opt(text(200)),
    description: opt(text(5000)),
    list_price: opt(amountCell),
    currency: opt(currencyCell),
  }),
} satisfies Record<ImportEntity, z.ZodObject>;

export type RowOf<E extends ImportEntity> = z.infer<(typeof ROW_SCHEMAS)[E]>;

/** Header aliases in zh and en; matching ignores case, spaces, dashes and underscores. */
export const HEADER_ALIASES: Record<ImportEntity, Record<string, string[]>> = {
  accounts: {
    external_id: ["id", "客户编号", "客户id", "客户代码", "外部编号", "account id", "account_id"],
    name: ["客户名称", "名称", "客户", "account name", "account", "company", "公司名称"],
    aliases: ["别名", "简称", "英文名", "alias"],
    parent_external_id: ["上级客户编号", "母公司编号", "集团编号", "parent id", "parent"],
    industry: ["行业", "sector"],
    region: ["地区", "区域", "省市", "location"],
    employees: ["员工数", "员工人数", "人数"],
    annual_revenue: ["年收入", "营业收入", "年营业额", "revenue"],
    owner_email: ["负责人邮箱", "客户经理邮箱", "owner"],
    wallet_estimate: ["客户采购总额", "采购总额", "年采购额", "wallet"],
    strategic_value: ["战略价值", "示范作用"],
    winnability: ["能赢能做", "赢单可能性"],
    target: ["目标", "年度目标", "销售目标"],
    currency: ["币种", "货币", "currency code"],
  },
  contacts: {
    external_id: ["id", "联系人编号", "contact id"],
    account_external_id: ["客户编号", "account id", "account"],
    name: ["姓名", "联系人", "联系人姓名", "contact name"],
    title: ["职务", "职位", "job title"],
    department: ["部门", "科室", "dept"],
    reports_to_external_id: ["上级编号", "汇报对象编号", "reports to", "manager id"],
    role: ["角色", "决策角色"],
    influence: ["影响力"],
    attitude: ["态度", "stance"],
    our_strength: ["我方关系强度", "关系强度", "relationship"],
    competitor: ["竞争对手", "竞品"],
    competitor_strength: ["竞品关系强度", "竞争对手关系强度"],
    email: ["邮箱", "电子邮件", "e-mail"],
    phone: ["电话", "手机", "联系电话", "mobile"],
    last_contact_at: ["最近联系", "最近联系日期", "last contact"],
    left_company: ["已离职", "离职", "left"],
  },
  orders: {
    external_id: ["id", "订单编号", "订单号", "order id"],
    account_external_id: ["客户编号", "account id", "account"],
    product_sku: ["产品编号", "sku", "product", "产品"],
    ordered_at: ["下单日期", "订单日期", "order date"],
    amount: ["金额", "订单金额", "合同金额", "value"],
    margin: ["毛利率", "gross margin", "margin rate", "margin %"],
    margin_amount: ["毛利", "毛利额", "毛利金额", "gross profit", "margin amount"],
    currency: ["币种", "货币", "currency code"],
    due_at: ["应付日期", "付款截止", "应收日期", "due date"],
    paid_at: ["付款日期", "回款日期", "paid date"],
  },
  opportunities: {
    external_id: ["id", "商机编号", "opportunity id"],
    account_external_id: ["客户编号", "account id", "account"],
    name: ["商机名称", "名称", "opportunity name", "deal name"],
    stage: ["阶段", "销售阶段", "deal stage"],
    amount: ["金额", "预计金额", "value", "close value"],
    created_at: ["创建日期", "engage date", "created"],
    expected_close: ["预计成交日期", "预计签约日期", "close date expected"],
    closed_at: ["成交日期", "关闭日期", "close date"],
    status: ["状态"],
    competitor: ["竞争对手", "竞品"],
    product_sku: ["产品编号", "sku", "product", "产品"],
    currency: ["币种", "货币", "currency code"],
  },
  interactions: {
    external_id: ["id", "记录编号", "activity id"],
    account_external_id: ["客户编号", "account id", "account"],
    contact_external_id: ["联系人编号", "contact id", "contact"],
    kind: ["类型", "方式", "type"],
    occurred_at: ["时间", "日期", "发生时间", "date"],
    summary: ["摘要", "内容", "纪要", "notes"],
  },
  products: {
    sku: ["产品编号", "编号", "id", "product id"],
    name: ["产品名称", "名称", "product", "product name"],
    category: ["类别", "品类", "series"],
    description: ["描述", "说明"],
    list_price: ["价格", "目录价", "标准价", "price", "sales price"],
    currency: ["币种", "货币", "currency code"],
  },
};

/** Money columns per entity: converted to the base currency when a row or the import names another currency. */
export const MONEY_COLUMNS: Record<ImportEntity, string[]> = {
  accounts: ["annual_revenue", "wallet_estimate", "target"],
  contacts: [],
  orders: ["amount", "margin_amount"],
  opportunities: ["amount"],
  interactions: [],
  products: ["list_price"],
};
