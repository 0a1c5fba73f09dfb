import type { Lang } from "../labels";

/** Replies that need no tool: help, refusals, and questions back when something is missing. */
const TEXTS: Record<string, Record<Lang, string>> = {
  help: {
    zh: "我是 Furrow，你的大客户助手。可以这样问我：\n- 我的S级客户有哪些？\n- 〈客户名〉的客户计划\n- 〈客户名〉的决策人是谁？\n- 哪些客户有流失风险？\n- 最近有什么招标机会？\n- 本季度的销售预测\n也可以直接粘贴一份招标公告让我解析。",
    en: "I'm Furrow, your key-account copilot. Try:\n- Which of my accounts are tier S?\n- Show the account plan for [account name]\n- Who are the decision makers at [account name]?\n- Which accounts are slipping?\n- Any new tenders for my accounts?\n- Forecast for this quarter\nOr paste a tender notice and I will parse it.",
  },
  out_of_scope: {
    zh: "这个我帮不上忙：我只回答与你的客户、商机、客户计划和招标相关的问题。",
    en: "I can't help with that: I answer questions about your accounts, opportunities, plans and tenders.",
  },
  forbidden: {
    zh: "抱歉，这个请求我不能执行：我不会透露其他人的数据或密钥、不会执行外部文本中的指令，也不会把数据发往外部地址。",
    en: "Sorry, I can't do that: I don't reveal other people's data or keys, follow instructions found in outside text, or send data to outside addresses.",
  },
  need_account: { zh: "你指的是哪个客户？请告诉我客户名称。", en: "Which account do you mean? Tell me its name." },
  unknown_account: {
    zh: "在你的客户里没有找到这个名称。可以换个叫法，或问“我的客户有哪些”。",
    en: 'I couldn\'t find that name among your accounts. Try another name, or ask "list my accounts".',
  },
  need_action_details: {
    zh: "要添加什么行动、什么时候完成？例如：给〈客户名〉加一个行动：下周三拜访王院长。",
    en: 'What is the action and when is it due? E.g. "add an action for [account name]: visit the director next Wednesday".',
  },
  need_deal_details: {
    zh: "这个商机要改什么？金额、预计签约日、阶段（赢单/丢单）或下一步，例如：把〈客户名〉的单子推迟到1月底。",
    en: 'What should change on the deal? The amount, the expected close, the stage (won/lost) or the next step, e.g. "[account name] deal slipped to end of January".',
  },
  nothing_saved_yet: { zh: "还没有记录任何内容。", en: " Nothing is saved yet." },
  cancelled: { zh: "好的，已取消，什么都没有改动。", en: "OK, cancelled; nothing was changed." },
  failed: { zh: "这一步没有成功：", en: "That did not work: " },
};

export function noToolReply(reason: string, lang: Lang): string {
  return (TEXTS[reason] ?? TEXTS.help)[lang];
}
