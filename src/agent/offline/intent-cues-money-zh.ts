import { MONEY_NOT_IN } from "../../engine/timeline/notes-about";
import type { IntentCue } from "./intent-cue";

// Money owed, in Chinese: past due (逾期, 超期, 拖欠, 过了账期), not in yet (钱还没回来), owed at all (谁还欠咱钱).

export const MONEY_ZH_CUES: IntentCue[] = [
  {
    // "逾期的款有哪些", "哪些客户有逾期款", "回款逾期了的": money past due now is the receivables list (overdue part),
    // which names only accounts that owe something today; the late-payment risk also counts a history of paying late.
    intent: "receivables",
    name: "overdue-money",
    // 超期, 过期, 拖欠 say the same as 逾期; "钱还没回来", "款还没到账": money owed now.
    re: new RegExp(
      `(逾期|超期|拖欠)(的|了的?|没付的|未付的|没回的)?(款|钱|账|应收|货款|账款|款项|款子|金额|未回款|回款)|(过了|超过|超出)账期|(没|未)(有)?(收回来?|回来|到账|付)的(钱|款|货款|尾款|账款)|(款|钱|账|货款|应收|回款|账款)(都|还)?(已经?)?(逾期|超期|拖欠|过期)|${MONEY_NOT_IN.source}`,
    ),
    weight: 4.8, // a dated errand to chase the money ("明天去催逾期款") stays a task
  },
  {
    // 应收: what accounts owe, especially what is not due yet (逾期 alone stays the late-payment risk list).
    intent: "receivables",
    name: "receivables",
    re: /(谁|哪些|哪家|哪几家|哪个)\s*(客户|account|customer)?s?\s*overdue|(谁|哪些|哪家|哪几家|哪个客户|哪些客户)(客户)?(还|还在)?欠(我们|咱们?|我)?的?(钱|款|货款|账)|欠(我们|咱们?|我)(钱|款|货款)的|应收|待回款|待收款|回款计划|尾款|余款|(款|钱|账).{0,3}催(了|过)(没|吗|么|没有)|(没|未|还没|不)到期的?(款|钱|账|货款)?|(款|钱|账|货款).{0,4}(没|未|还没|快|即将|要)到期|(下个?月|本月|这个?月|月底|年底|下周|这周|本周).{0,6}(到期|要回|该回|回款)|(哪些|什么)(款|钱|账).{0,4}到期/,
    weight: 4.5,
  },
];
