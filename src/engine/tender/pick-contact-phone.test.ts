import { describe, expect, it } from "vitest";
import { readNoticeLines } from "./notice-lines";
import { findPhones, pickContactPhone } from "./pick-contact-phone";

const phoneOf = (text: string) => pickContactPhone(readNoticeLines(text).entries);

describe("pickContactPhone", () => {
  it("prefers the project contact, then the agency, then the buyer", () => {
    const parties =
      "1.采购人信息\n名 称:某局\n联系方式:0571-11111111\n2.采购代理机构信息\n名 称:某公司\n联系方式:0571-22222222";
    expect(phoneOf(parties)).toBe("0571-22222222");
    expect(phoneOf(`${parties}\n3.项目联系方式\n项目联系人:张三\n电 话:0571-33333333`)).toBe("0571-33333333");
    expect(phoneOf("1.采购人信息\n名 称:某局\n联系方式:0571-11111111")).toBe("0571-11111111");
  });

  it("ranks a complaint line below the enquiry line of the same party", () => {
    expect(phoneOf("2.采购代理机构信息\n质疑联系方式:13900000001\n项目联系方式(询问):13900000002")).toBe("13900000002");
  });

  it("never uses a supervisor's, a fax's or a service hotline's number", () => {
    expect(phoneOf("3.同级政府采购监督管理部门\n监督投诉电话:0571-89185312")).toBeNull();
    expect(phoneOf("采购代理机构:某公司\n传 真:0571-12345678")).toBeNull();
    expect(phoneOf("采购代理机构:某公司\n客服电话:400-881-7190")).toBeNull();
  });

  it("normalises dashes inside the number", () => {
    expect(phoneOf("招 标人:某局\n联 系 人:杨站长 电话:0878—6218003")).toBe("0878-6218003");
  });
});

describe("pickContactPhone with the notice's sentences", () => {
  const withProse = (text: string) => pickContactPhone(readNoticeLines(text).entries, text);

  it("takes a phone from a sentence telling whom to call when no line is labelled with one", () => {
    expect(withProse("某单位办公家具采购结果已确定。\n如有疑问，请致电采购联系人王工(电话0731-88990011)。")).toBe(
      "0731-88990011",
    );
  });

  it("never takes an objection or supervision line's phone, nor a sentence that names no one to call", () => {
    expect(withProse("结果公示三日，如有异议请向局纪检组反映(电话:0731-88990022)。")).toBeNull();
    expect(withProse("本项目已完成。电话0731-88990033")).toBeNull();
  });
});

describe("findPhones", () => {
  it("finds landlines, mobiles and bracketed area codes", () => {
    expect(findPhones("0577-68807257、17395770925 (0572) 685-3107")).toEqual([
      "0577-68807257",
      "17395770925",
      "(0572) 685-3107",
    ]);
  });
});
