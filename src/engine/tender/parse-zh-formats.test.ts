import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";

// Layouts seen on national and provincial procurement sites, written as small fixtures.
const lines = (...l: string[]) => l.join("\n");

describe("parseNotice on common Chinese layouts", () => {
  it("reads the national open-tender template with the deadline under its heading", () => {
    const n = parseNotice(
      lines(
        "某某市第一人民医院医用耗材采购项目公开招标公告",
        "项目概况",
        "某某市第一人民医院医用耗材采购项目招标项目的潜在投标人应在某平台获取招标文件,并于2025年09月10日 09点30分(北京时间)前递交投标文件。",
        "一、项目基本情况",
        "项目编号:ZB-2025-088",
        "项目名称:某某市第一人民医院医用耗材采购项目",
        "预算金额:120.000000 万元(人民币)",
        "最高限价(如有):118.000000 万元(人民币)",
        "合同履行期限:12个月",
        "四、提交投标文件截止时间、开标时间和地点",
        "2025年09月10日 09点30分(北京时间)",
        "八、凡对本次招标提出询问,请按以下方式联系。",
        "1.采购人信息",
        "名 称:某某市第一人民医院",
        "联系方式:0571-12345678",
        "2.采购代理机构信息",
        "名 称:某某招标有限公司",
        "联系方式:010-87654321",
        "3.项目联系方式",
        "项目联系人:张三",
        "电 话:010-55556666",
      ),
    );
    expect(n).toMatchObject({
      type: "tender",
      projectNumber: "ZB-2025-088",
      buyer: "某某市第一人民医院",
      agency: "某某招标有限公司",
      budget: { amount: 1_200_000 },
      maxPrice: { amount: 1_180_000 },
      deadline: "2025-09-10T09:30",
      contactPhone: "010-55556666",
      contractPeriod: "12个月",
    });
  });

  it("reads a deadline given only in a heading's next line", () => {
    const n = parseNotice(lines("某某采购公告", "项目名称:某某采购", "三、投标截止时间", "2024年3月5日14:00"));
    expect(n.deadline).toBe("2024-03-05T14:00");
  });

  it("reads the national award template with amounts in 万元 brackets", () => {
    const n = parseNotice(
      lines(
        "某某大学实验室设备采购项目中标公告",
        "一、项目编号:DX-2024-17",
        "二、项目名称:某某大学实验室设备采购项目",
        "三、中标(成交)信息",
        "供应商名称:某某仪器有限公司",
        "供应商地址:某某市某某路1号",
        "中标(成交)金额:98.5000000(万元)",
        "四、主要标的信息",
        "1.采购人信息",
        "名 称:某某大学",
        "2.采购代理机构信息",
        "名 称:某某项目管理有限公司",
        "联系方式:0531-88889999",
      ),
    );
    expect(n).toMatchObject({
      type: "award",
      winner: "某某仪器有限公司",
      awardAmount: { amount: 985_000, currency: "CNY" },
      buyer: "某某大学",
      agency: "某某项目管理有限公司",
      contactPhone: "0531-88889999",
      deadline: null,
    });
  });

  it("aligns winners and amounts listed per package", () => {
    const n = parseNotice(
      lines(
        "某某局办公设备采购项目成交结果公告",
        "项目名称:某某局办公设备采购项目",
        "包1:",
        "成交供应商:甲科技有限公司",
        "成交金额:100万元",
        "包2:",
        "成交供应商:乙贸易有限公司",
        "成交金额:人民币贰佰万元整",
      ),
    );
    expect(n.winner).toEqual(["甲科技有限公司", "乙贸易有限公司"]);
    expect(n.awardAmount).toEqual([
      { amount: 1_000_000, currency: "CNY" },
      { amount: 2_000_000, currency: "CNY" },
    ]);
  });

  it("reads a correction that names the original notice", () => {
    const n = parseNotice(
      lines(
        "某某中心信息化建设项目更正公告",
        "一、项目基本情况",
        "原公告的采购项目编号:XX-2025-3",
        "原公告的采购项目名称:某某中心信息化建设项目",
        "首次公告日期:2025年08月01日",
        "二、更正信息",
        "更正事项:采购文件",
        "更正内容:投标截止时间和开标时间更正为2025年09月15日09:30",
        "更正日期:2025年08月20日",
      ),
    );
    expect(n).toMatchObject({
      type: "correction",
      projectNumber: "XX-2025-3",
      projectName: "某某中心信息化建设项目",
      deadline: "2025-09-15T09:30",
    });
  });

  it("reads works tenders written as sentences", () => {
    const n = parseNotice(
      lines(
        "某某道路改造工程施工招标公告",
        "1.招标条件",
        "本招标项目某某道路改造工程已批准建设,招标人为某某城市建设投资有限公司,招标代理机构为某某工程咨询有限公司。",
        "2.项目概况",
        "招标控制价为1234.56万元。",
        "投标文件递交的截止时间(投标截止时间,下同)为2025年9月1日9时30分,地点为某某公共资源交易中心。",
      ),
    );
    expect(n.maxPrice).toEqual({ amount: 12_345_600, currency: "CNY" });
    expect(n.buyer).toBe("某某城市建设投资有限公司");
    expect(n.agency).toBe("某某工程咨询有限公司");
    expect(n.deadline).toBe("2025-09-01T09:30");
  });

  it("reads a ranked candidate table and keeps only the first candidate", () => {
    const n = parseNotice(
      lines(
        "某某工程中标候选人公示",
        "项目名称:某某工程",
        "招标人:某某局",
        "排名 | 中标候选人名称 | 投标报价(元)",
        "第一名 | 甲建设有限公司 | 1,234,567.00",
        "第二名 | 乙建设有限公司 | 1,300,000.00",
      ),
    );
    expect(n.winner).toBe("甲建设有限公司");
    expect(n.awardAmount).toEqual({ amount: 1_234_567, currency: "CNY" });
    expect(n.awardStage).toBe("candidate");
  });

  it("does not take a bid bond or a supervisor's phone for the budget or the contact", () => {
    const n = parseNotice(
      lines(
        "某某设备采购招标公告",
        "项目名称:某某设备采购",
        "投标保证金:人民币伍万元整",
        "监督部门:某某财政局 监督电话:0571-11110000",
      ),
    );
    expect(n.budget).toBeNull();
    expect(n.contactPhone).toBeNull();
  });
});

describe("corrections", () => {
  it("takes the new time when one sentence gives the old and the new", () => {
    const n = parseNotice(
      lines(
        "某某公司关于某某项目的更正公告",
        "一、原公告主要信息",
        "原公告项目名称:某某项目",
        "原公告项目编号:ZJ-2021-7",
        "二、更正信息",
        "更正内容:现将投标截止时间由2021年07月19日09:30变更为2021年07月26日14:30,开标时间相应顺延。",
      ),
    );
    expect(n).toMatchObject({
      type: "correction",
      projectName: "某某项目",
      projectNumber: "ZJ-2021-7",
      deadline: "2021-07-26T14:30",
    });
  });
});

describe("package tables", () => {
  it("counts a package budget repeated on its item rows once", () => {
    const n = parseNotice(
      lines(
        "某某设备采购公告",
        "项目名称:某某设备采购",
        "合同包 | 品目号 | 采购标的 | 合同包预算",
        "1 | 1-1 | 甲设备 | 300000",
        "1 | 1-2 | 乙设备 | 300000",
        "2 | 2-1 | 丙设备 | 200000",
      ),
    );
    expect(n.budget).toEqual({ amount: 500_000, currency: "CNY" });
  });
});

describe("collapsed notices", () => {
  it("reads a Zhejiang award whose lines a crawler joined into one", () => {
    const filler =
      "各参加政府采购活动的供应商认为该中标结果和采购过程等使自己的权益受到损害的,可以依法提出质疑。".repeat(3);
    const text = [
      "一、项目编号: ZJ-2021-018 二、项目名称: 某某维修改造工程 三、中标(成交)信息",
      "1.中标结果: 序号 | 中标(成交)金额(元) | 中标供应商名称 | 中标供应商地址 1 | 最终报价:1728800.00(元) | 某某市政建设有限公司 | 某某路1号",
      `2.其他事项: ${filler}`,
      "九、对本次公告内容提出询问,请按以下方式联系 1.采购人信息 名 称:某某体育中心 2.采购代理机构信息 名 称:某某工程咨询有限公司 项目联系方式(询问):0572-6032988",
    ].join(" ");
    const n = parseNotice(text);
    expect(n).toMatchObject({
      type: "award",
      projectNumber: "ZJ-2021-018",
      projectName: "某某维修改造工程",
      buyer: "某某体育中心",
      agency: "某某工程咨询有限公司",
      winner: "某某市政建设有限公司",
      awardAmount: { amount: 1_728_800, currency: "CNY" },
      contactPhone: "0572-6032988",
    });
  });
});
