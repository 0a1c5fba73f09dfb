import { describe, expect, it } from "vitest";
import { parseNotice } from "./parse-notice";

// Hand-written notices, one per kind of layout the parser reads; expected values are read off the text.
describe("parseNotice reads the structure of zh notices", () => {
  it("takes a buyer from 采购执行方/发包人/项目法人 labels and a number from 竞价编号", () => {
    const n = parseNotice("某某学院计算机成交公告\n(竞价编号:1787603 采购形式:协议供货)\n采购执行方:某某学院\n");
    expect(n.buyer).toBe("某某学院");
    expect(n.projectNumber).toBe("1787603");
    expect(parseNotice("某某工程招标公告\n发包人:某某县水利局\n预算造价:120万元\n").buyer).toBe("某某县水利局");
    expect(parseNotice("某某工程招标公告\n项目法人:某某开发有限公司\n").buyer).toBe("某某开发有限公司");
  });

  it("reads budgets under their other names (预算造价, 估算价, 总投资) when no 预算 label is printed", () => {
    expect(parseNotice("某某工程招标公告\n预算造价:120万元\n").budget).toEqual({ amount: 1_200_000, currency: "CNY" });
    expect(parseNotice("某某工程招标公告\n估算价:88000元\n").budget).toEqual({ amount: 88_000, currency: "CNY" });
  });

  it("does not let a lead-in sentence ('现将成交结果公布如下:') open the winners' section", () => {
    const n = parseNotice(
      "某某学院计算机成交公告\n现将成交结果公布如下:\n采购执行方:某某学院\n联系电话:023-65385008\n",
    );
    expect(n.contactPhone).toBe("023-65385008");
  });

  it("reads a value printed on the line after its label", () => {
    const n = parseNotice(
      "一、项目编号(或招标编号、采购计划备案文号等,如有):\nGZ-2020-0057\n二、项目名称:某某医院检验服务项目\n",
    );
    expect(n.projectNumber).toBe("GZ-2020-0057");
  });

  it("reads winner and amount from ';'-separated 'label value' pairs", () => {
    const n = parseNotice(
      "某某医院检验服务项目结果公告\n三、中标(成交)信息\n1:供应商名称 广州某某检验中心有限公司 ;供应商地址 广州市 ;中标(成交)金额 1267500;\n",
    );
    expect(n.winner).toBe("广州某某检验中心有限公司");
    expect(n.awardAmount).toEqual({ amount: 1_267_500, currency: "CNY" });
  });

  it("reads a markdown-like '| a | b |' table with the unit in its header", () => {
    const n = parseNotice(
      "某某县医院2024年政府采购意向\n| 序号 | 采购项目名称 | 预算金额(万元) | 预计采购时间 |\n| 1 | 洗涤服务 | 73 | 2024年5月 |\n",
    );
    expect(n.type).toBe("intention");
    expect(n.budget).toEqual({ amount: 730_000, currency: "CNY" });
  });

  it("reads a label | value result with an amount per year (19.8万元/年 is a value, not a numbered label) and 经办人's phone", () => {
    const n = parseNotice(
      "项目名称 | 某医院污水站运维服务\n成交供应商 | 某环保工程有限公司\n成交金额 | 12.5万元/年\n采购人 | 某医院\n经办人:周女士 0794-1234567",
    );
    expect(n.type).toBe("award");
    expect(n.awardAmount).toEqual({ amount: 125_000, currency: "CNY" });
    expect(n.contactPhone).toBe("0794-1234567");
  });

  it("names an intention written as short label lines after its 采购项目", () => {
    const n = parseNotice(
      "某街道卫生服务中心采购意向公开\n采购单位:某街道卫生服务中心\n采购项目:彩色超声诊断仪采购\n预算:人民币80万元",
    );
    expect(n.type).toBe("intention");
    expect(n.projectName).toBe("彩色超声诊断仪采购");
  });

  it("falls back to the signature above the closing date for buyer and agency", () => {
    const n = parseNotice(
      "某某设备采购中标候选人公示\n第一中标候选人:重庆某某科技有限公司\n公示期:三日\n中国某某通信有限公司重庆市分公司\n中招某某招标有限公司\n2016年11月10日\n",
    );
    expect(n.buyer).toBe("中国某某通信有限公司重庆市分公司");
    expect(n.agency).toBe("中招某某招标有限公司");
  });

  it("types a notice from its body when the title contradicts it or only names the project", () => {
    const invitation =
      "某某学院工资模块升级项目采购成交公告\n现欢迎合格的供应商参加本次采购活动。\n投标时间:2019年7月9—11日8:30—16:00\n投标地点:某某学院\n";
    const n = parseNotice(invitation);
    expect(n.type).toBe("tender");
    expect(n.deadline).toBe("2019-07-11T16:00");
    expect(
      parseNotice("某某中学安保服务采购项目\n成交单位名称:济宁某某物业服务有限公司\n成交价格:118297.00元\n").type,
    ).toBe("award");
  });

  it("calls 补充通知 a correction and a failed procedure other", () => {
    expect(parseNotice("某某医院过滤器采购项目补充通知\n各潜在供应商:\n对磋商文件做如下修改").type).toBe("correction");
    expect(parseNotice("某某大学笔记本电脑竞价成交公告\n本项目无供应商报价。\n").type).toBe("other");
    expect(parseNotice("某某电梯维保服务商选择\n鉴于以上原因,本次采购予以流标。\n").type).toBe("other");
  });

  it("reads deadlines with digits typeset one by one and 选取时间 as the closing moment", () => {
    expect(parseNotice("某某工程招标公告\n投标截止时间:2021年3月2日0 9 时 : 3 0 分\n").deadline).toBe(
      "2021-03-02T09:30",
    );
    expect(parseNotice("某某设计比选公告\n选取时间:2021年3月24日9时00分00秒\n").deadline).toBe("2021-03-24T09:00");
  });

  it("applies a unit given as its own field, and reads winners and amounts from sentences", () => {
    const unit = parseNotice("某某项目成交结果公告\n成交供应商:某某科技有限公司\n价格: 121.5 价格单位: 万元\n");
    expect(unit.awardAmount).toEqual({ amount: 1_215_000, currency: "CNY" });
    const prose = parseNotice("某某项目中标结果公告\n经评审,确定某某建设有限公司为中标人,中标价为666.98万元。\n");
    expect(prose.winner).toBe("某某建设有限公司");
    expect(prose.awardAmount).toEqual({ amount: 6_669_800, currency: "CNY" });
  });

  it("takes the buyer from the head of the project name when nothing else names it", () => {
    expect(parseNotice("启东市某某医院手术室过滤器更换项目招标公告\n").buyer).toBe("启东市某某医院");
  });

  it("reads an objection contact's phone (without its bracketed 转 extension), and never a price as a phone", () => {
    const n = parseNotice(
      "某某设备采购中标候选人公示\n第一中标候选人:某某科技有限公司\n如有异议请联系:023—68881331(转9053)\n",
    );
    expect(n.contactPhone).toBe("023-68881331");
    expect(parseNotice("某某项目招标公告\n联系电话:12345678.00元\n").contactPhone).toBeNull();
  });
});

describe("parseNotice reads per-lot award blocks and bid-opening records", () => {
  it("lists the winner of each lot named by its lot label, with the amounts in order", () => {
    const n = parseNotice(
      "某某医院设备采购项目中标结果公告\n第1包:杭州某某医疗器械有限公司, 中标金额:120000元\n第2包:宁波某某科技有限公司, 中标金额:80000元\n",
    );
    expect(n.winner).toEqual(["杭州某某医疗器械有限公司", "宁波某某科技有限公司"]);
    expect(n.awardAmount).toEqual([
      { amount: 120_000, currency: "CNY" },
      { amount: 80_000, currency: "CNY" },
    ]);
  });

  it("calls a bid-opening record other", () => {
    expect(parseNotice("某某道路工程开标记录\n投标人 | 投标报价(元)\n某某建设有限公司 | 1000000\n").type).toBe("other");
  });
});

describe("parseNotice reads a bare price with its unit field", () => {
  it("takes it as the budget of a notice that awards nothing, and as the amount of an award", () => {
    const tender = parseNotice(
      "某某学校课桌椅采购公告\n采购需求:课桌椅200套\n价格: 121.5 价格单位: 万元\n投标截止时间:2024年5月6日9:30\n",
    );
    expect(tender.budget).toEqual({ amount: 1_215_000, currency: "CNY" });
    const award = parseNotice("某某学校课桌椅采购中标公告\n中标供应商:某某家具有限公司\n价格: 121.5 价格单位: 万元\n");
    expect(award.budget).toBeNull();
    expect(award.awardAmount).toEqual({ amount: 1_215_000, currency: "CNY" });
  });

  it("reads the first-ranked candidate written as 第一名", () => {
    const n = parseNotice("某某工程中标候选人公示\n第一名:某某建设集团有限公司\n第二名:某某路桥有限公司\n");
    expect(n.winner).toBe("某某建设集团有限公司");
  });
});
