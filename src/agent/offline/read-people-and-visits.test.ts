// The readings added for issue 18, over a small made-up book (not the demo's names): a title alone as the question,
// titles within the account just discussed, given names, a name that fits two accounts, a visit with a day (future
// -> action, past -> logged), shortened names. Today is Sunday 2026-11-22.
import { describe, expect, it } from "vitest";
import { planOfflineCalls } from "../plan-offline";
import type { AccountRef, ContactRef, ConversationContext } from "./types";
import { understandMessage } from "./understand-message";

const NOW = "2026-11-22T02:00:00.000Z";
const ACCOUNTS: AccountRef[] = [
  { id: "lake", name: "青州市镜湖医院", aliases: [] },
  { id: "hill", name: "青州市松岭区人民医院", aliases: [] },
  { id: "grp", name: "远山医疗集团", aliases: [] },
  { id: "grp-a", name: "远山医疗集团枫桥医院", aliases: [] },
  { id: "grp-b", name: "远山医疗集团柳溪医院", aliases: [] },
  { id: "heart", name: "澄江心血管病医院", aliases: [] },
];
const CONTACTS: ContactRef[] = [
  { id: "p-lake-pres", accountId: "lake", name: "郝思远", title: "院长" },
  { id: "p-lake-vp", accountId: "lake", name: "韦立群", title: "分管副院长" },
  { id: "p-lake-it", accountId: "lake", name: "邱晓明", title: "信息科主任" },
  { id: "p-lake-eng", accountId: "lake", name: "包敏", title: "信息科工程师" },
  { id: "p-hill-pres", accountId: "hill", name: "郝建设", title: "院长" },
  { id: "p-grp-ceo", accountId: "grp", name: "甘海波", title: "集团总裁" },
  { id: "p-grpa-pres", accountId: "grp-a", name: "尤志刚", title: "枫桥医院院长" },
];

const read = (message: string, context?: ConversationContext) =>
  understandMessage({ message, now: NOW, accounts: ACCOUNTS, contacts: CONTACTS, context });
const plan = (message: string, context?: ConversationContext) =>
  planOfflineCalls(read(message, context), "t", NOW.slice(0, 10), { accounts: ACCOUNTS, contacts: CONTACTS, message });

describe("people in a message", () => {
  it("reads an account and a title alone as a question about that person", () => {
    for (const [message, contact] of [
      ["镜湖的院长", "p-lake-pres"],
      ["the CIO at jinghu", "p-lake-it"],
    ]) {
      const u = read(message);
      expect(u.intent, message).toBe("power_map");
      expect(u.entities.contactIds, message).toEqual([contact]);
    }
  });

  it("reads a title within the account just discussed when the message names none", () => {
    const u = read("他们总裁是谁", { lastAccountIds: ["grp"], lastIntent: "account_overview" });
    expect(u.intent).toBe("power_map");
    expect(u.entities.accountIds).toEqual(["grp"]);
    expect(u.entities.contactIds).toEqual(["p-grp-ceo"]);
  });

  it("does not take a title after another surname for the account's holder of that title (王主任 is no 主任 here)", () => {
    const u = read("把明天拜访王主任记一下", { lastAccountIds: ["lake"], lastIntent: "account_overview" });
    expect(u.entities.contactIds).toEqual([]);
    expect(u.entities.unresolvedPeople).toEqual(["王主任"]);
  });

  it("reads a given name with a title, and a two-syllable given name in pinyin", () => {
    expect(read("志刚院长是谁").entities.contactIds).toEqual(["p-grpa-pres"]);
    expect(read("what does Haibo do at yuanshan").entities.contactIds).toEqual(["p-grp-ceo"]);
  });

  it("asks back with one choice per person when a surname and title fit people at two accounts", () => {
    for (const message of ["郝院长最近怎么样", "who is President Hao"]) {
      const p = plan(message);
      expect(p.calls, message).toEqual([]);
      expect(p.reason, message).toBe("ambiguous_person");
      expect(p.ask?.options?.map((o) => o.label).join(" "), message).toMatch(/郝思远.*郝建设|郝建设.*郝思远/);
    }
  });

  it("takes a department's head for an English title, not its engineer, and the longest title said", () => {
    expect(read("who is the CIO at jinghu").entities.contactIds).toEqual(["p-lake-it"]);
    expect(read("when did we last meet the president of jinghu?").entities.contactIds).toEqual(["p-lake-pres"]);
    // There is no radiology head at 镜湖: "radiology director" is not the president.
    expect(read("jinghu's radiology director").entities.contactIds).toEqual([]);
  });
});

describe("a visit or call with a day", () => {
  it("is a reminder (an action due that day) when the day is still to come", () => {
    for (const [message, due] of [
      ["下周二去拜访镜湖医院郝院长", "2026-11-24"],
      ["schedule a visit to fengqiao hospital next Tuesday", "2026-11-24"],
    ]) {
      const p = plan(message);
      expect(p.calls[0]?.name, message).toBe("add_action");
      expect(p.calls[0]?.args.due, message).toBe(due);
    }
  });

  it("is a logged interaction when it happened, dated on the day said", () => {
    const p = plan("昨天下午给镜湖医院郝院长打了个电话 聊了下预算");
    expect(p.calls[0]).toMatchObject({
      name: "log_interaction",
      args: { accountId: "lake", kind: "call", date: "2026-11-21", contactId: "p-lake-pres" },
    });
  });

  it("is neither when the message asks about visits", () => {
    expect(read("上次见郝思远是什么时候").intent).toBe("last_contact");
    expect(read("when did we last visit jinghu?").intent).not.toMatch(/add_action|log_interaction/);
  });
});

describe("names shortened or said in pinyin", () => {
  it("finds a member by its own name in pinyin and a group by its own word, not a sound-alike", () => {
    expect(read("fengqiao hospital overview").entities.accountIds).toEqual(["grp-a"]);
    expect(read("Yuanshan group").entities.accountIds).toEqual(["grp"]);
  });

  it("finds a name cut mid-word and a district name without its suffix", () => {
    expect(read("澄江心血管的商机").entities.accountIds).toEqual(["heart"]);
    expect(read("songling hospital overview").entities.accountIds).toEqual(["hill"]);
  });

  it("does not read a date word as an abbreviation of a name", () => {
    const accounts = [{ id: "sh", name: "上海市浦东新区周康社区卫生服务中心", aliases: [] }];
    const u = understandMessage({ message: "上周拜访了多少客户", now: NOW, accounts });
    expect(u.entities.accountIds).toEqual([]);
  });
});

describe("a shortened name or a surname that could be more than one", () => {
  it("asks which account when a shortened name fits two accounts alike, and names neither", () => {
    // 上次联系 and 待办 are planned as week calls: they ask too, before any call.
    const messages = [
      "青州医院的院长",
      "青州医院最近怎么样",
      "给青州医院加个行动：下周五送方案",
      "青州医院上次什么时候联系的",
    ];
    for (const message of messages) {
      const p = plan(message);
      expect(p.calls, message).toEqual([]);
      expect(p.reason, message).toBe("ambiguous_account");
      expect(p.ask?.options?.map((o) => o.label).sort(), message).toEqual(["青州市松岭区人民医院", "青州市镜湖医院"]);
    }
    // Each choice re-asks the same question with the full name, which then answers it.
    const option = plan("青州医院的院长").ask?.options?.find((o) => o.label === "青州市镜湖医院");
    expect(option?.message).toBe("青州市镜湖医院的院长");
    expect(plan(option?.message ?? "").calls[0]).toMatchObject({ name: "power_map", args: { accountId: "lake" } });
  });

  it("takes the account just talked about when the shortened name fits it", () => {
    const context: ConversationContext = { lastAccountIds: ["hill"], lastIntent: "account_overview", language: "zh" };
    expect(plan("青州医院的院长", context).calls[0]).toMatchObject({ name: "power_map", args: { accountId: "hill" } });
  });

  it("asks before writing for an account guessed from a surname and a courtesy title", () => {
    const p = plan("add a visit next Friday with Dr. Qiu");
    expect(p.calls).toEqual([]);
    expect(p.reason).toBe("guessed_person");
    expect(p.ask?.options).toEqual([
      { label: "邱晓明 (青州市镜湖医院)", message: "add a visit next Friday with 邱晓明 at 青州市镜湖医院" },
    ]);
    expect(plan(p.ask?.options?.[0].message ?? "").calls[0]).toMatchObject({
      name: "add_action",
      args: { accountId: "lake", contactId: "p-lake-it", due: "2026-11-27" },
    });
    // The account already being discussed is no guess.
    const context: ConversationContext = { lastAccountIds: ["lake"], lastIntent: "account_overview", language: "en" };
    expect(plan("schedule a call with Dr. Qiu tomorrow", context).calls[0]).toMatchObject({
      name: "add_action",
      args: { accountId: "lake", contactId: "p-lake-it", due: "2026-11-23" },
    });
  });

  it("reads scheduling a visit, call or meeting as an action, with the visit as its title", () => {
    for (const message of ["schedule a call with the CIO at jinghu tomorrow", "book a meeting at jinghu next Friday"]) {
      const u = read(message);
      expect(u.intent, message).toBe("add_action");
      expect(u.entities.actionTitle, message).toMatch(/^(call|meeting) /);
    }
  });
});

describe("a person pointed back at", () => {
  it("asks about the person just discussed at that person's account (他, her)", () => {
    const context: ConversationContext = {
      lastAccountIds: ["lake"],
      lastIntent: "power_map",
      language: "zh",
      lastContactIds: ["p-lake-it"],
    };
    for (const message of ["上次见他是什么时候", "when did we last see him"]) {
      const u = read(message, context);
      expect(u.intent, message).toBe("last_contact");
      expect(u.entities.accountIds, message).toEqual(["lake"]);
      expect(u.entities.contactIds, message).toEqual(["p-lake-it"]);
    }
    // Without anyone discussed before, 他 points at nobody: no account is borrowed.
    expect(
      read("上次见他是什么时候", { lastAccountIds: ["lake"], lastIntent: "account_overview" }).entities.accountIds,
    ).toEqual([]);
  });
});

describe("a visit or a meal with a day, said without a plan word", () => {
  it("is an action when the day is still to come or later today, and a log when it happened", () => {
    for (const [message, date] of [
      ["明天跟镜湖郝院长吃饭", "2026-11-23"],
      ["今晚跟镜湖郝院长吃饭", "2026-11-22"],
      ["dinner with 郝思远 at jinghu tonight", "2026-11-22"],
    ]) {
      const p = plan(message);
      expect(p.calls[0], message).toMatchObject({ name: "add_action", args: { accountId: "lake", due: date } });
    }
    expect(plan("今晚跟镜湖郝院长吃了饭").calls[0]).toMatchObject({
      name: "log_interaction",
      args: { accountId: "lake", kind: "meeting", date: "2026-11-22" },
    });
    // A question about the day stays a question.
    expect(read("明天镜湖郝院长有空吗").intent).not.toMatch(/add_action|log_interaction/);
  });
});
