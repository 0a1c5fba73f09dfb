import type { Card } from "./cards";
import type { Ask } from "./state";

type Lang = "zh" | "en";

const q = (s: string, lang: Lang) => (lang === "zh" ? `“${s}”` : `"${s}"`);
const join = (xs: string[], lang: Lang) => xs.join(lang === "zh" ? "、" : ", ");

/**
 * The reply of a turn that asks back instead of answering: what was not found or does not fit, in words, with
 * the concrete readings as a `choices` card (buttons in the widget; another channel sends the option's message).
 */
export function clarifyReply(ask: Ask, lang: Lang): { text: string; cards: Card[] } {
  const zh = lang === "zh";
  let text: string;
  let question: string;
  let about: string[] = [];
  switch (ask.reason) {
    case "unknown_account": {
      const near = (ask.candidates ?? []).map((c) => c.name);
      text = zh
        ? `在你的客户里没有找到${q(ask.name ?? "", lang)}。${near.length ? `最接近的是：${join(near, lang)}。` : "可以换个叫法，或问“我的客户有哪些”。"}`
        : `I couldn't find ${q(ask.name ?? "", lang)} among your accounts.${near.length ? ` The closest: ${join(near, lang)}.` : ' Try another name, or ask "list my accounts".'}`;
      question = zh ? "你是指其中一个吗？" : "Did you mean one of these?";
      break;
    }
    case "ambiguous_account": {
      const names = (ask.options ?? []).map((o) => o.label);
      text = zh
        ? `${q(ask.name ?? "", lang)}可能是你的几个客户之一：${join(names, lang)}。${isWrite(ask) ? "还没有记录任何内容。" : ""}`
        : `${q(ask.name ?? "", lang)} could be more than one of your accounts: ${join(names, lang)}.${isWrite(ask) ? " Nothing is saved yet." : ""}`;
      question = zh ? "你指的是哪一个？" : "Which one do you mean?";
      break;
    }
    case "narrow_group": {
      // Said after the group's answer: the members the same words fit, to pick one.
      const names = (ask.options ?? []).slice(1).map((o) => o.label);
      text = zh
        ? `${q(ask.name ?? "", lang)}也可能指${join(names, lang)}：要看其中一家，点下面的选项。`
        : `${q(ask.name ?? "", lang)} could also mean ${join(names, lang)}: pick one below to see it alone.`;
      question = zh ? "要看哪一家？" : "Which one would you like to see?";
      break;
    }
    case "top_of_list": {
      // Said after the answer about the list's first account: the others, to pick one.
      text = zh
        ? `以上是刚才列表的第一家（${ask.name ?? ""}）；要看其他几家，点下面的选项。`
        : `That is the first account of the last list (${ask.name ?? ""}); pick another below to see it.`;
      question = zh ? "要看哪一家？" : "Which one would you like to see?";
      break;
    }
    case "which_listed": {
      const names = (ask.options ?? []).map((o) => o.label);
      text = zh
        ? `刚才列出的客户不止一个：${join(names, lang)}。`
        : `The last list had more than one account: ${join(names, lang)}.`;
      question = zh ? "你指的是哪一个？" : "Which one do you mean?";
      break;
    }
    case "unknown_person":
      text = zh
        ? `在${ask.accountName ?? "你的客户"}的联系人里没有找到${q(ask.person ?? "", lang)}。${isWrite(ask) ? "没有记录任何内容；请告诉我是哪个客户的哪位联系人。" : "可以看看这个客户的权力地图。"}`
        : `${q(ask.person ?? "", lang)} is not among the contacts of ${ask.accountName ?? "your accounts"}.${isWrite(ask) ? " Nothing was saved; tell me which contact at which account." : " The account's power map lists who is there."}`;
      question = zh ? "要看哪一个？" : "Which one?";
      break;
    case "ambiguous_person": {
      const people = (ask.options ?? []).map((o) => o.label);
      text = zh
        ? `${q(ask.person ?? "", lang)}可能是不止一位联系人：${join(people, lang)}。`
        : `${q(ask.person ?? "", lang)} could be more than one contact: ${join(people, lang)}.`;
      question = zh ? "你指的是哪一位？" : "Which one do you mean?";
      break;
    }
    case "guessed_person": {
      const people = (ask.options ?? []).map((o) => o.label);
      text = zh
        ? `${q(ask.person ?? "", lang)}只对得上姓氏：${join(people, lang)}。还没有记录任何内容。`
        : `${q(ask.person ?? "", lang)} matches only by surname: ${join(people, lang)}. Nothing is saved yet.`;
      question = zh ? "是这位吗？" : "Is this who you mean?";
      break;
    }
    case "contact_elsewhere":
      text = zh
        ? `${ask.person}是${ask.otherAccountName}的联系人，不在${ask.accountName}。${isWrite(ask) ? "还没有记录任何内容：要记在哪个客户？" : ""}`
        : `${ask.person} is a contact of ${ask.otherAccountName}, not of ${ask.accountName}.${isWrite(ask) ? " Nothing is saved yet: which account should it go to?" : ""}`;
      question = isWrite(ask)
        ? zh
          ? "记在哪里？"
          : "Where should it go?"
        : zh
          ? "要看哪一位？"
          : "Which one should I look at?";
      about = [ask.person, ask.accountName, ask.otherAccountName].filter((x): x is string => !!x);
      break;
    default:
      text = zh ? "你指的是哪一个？" : "Which one do you mean?";
      question = text;
  }
  const options = ask.options ?? [];
  const cards: Card[] = options.length
    ? [{ kind: "choices", data: { question, options, ...(about.length ? { about } : {}) } }]
    : [];
  return { text, cards };
}

function isWrite(ask: Ask): boolean {
  return ["add_action", "log_interaction", "save_plan", "update_opportunity"].includes(ask.intent ?? "");
}
