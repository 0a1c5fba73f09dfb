/**
 * Requests Furrow refuses whatever the wording: overriding its instructions or revealing them, other
 * users' data, secrets, wholesale deletion, and sending data to an outside address.
 */
const FORBIDDEN: { name: string; re: RegExp }[] = [
  { name: "ignore-instructions", re: /忽略.{0,10}(指令|指示|规则|设定|提示|要求)|无视.{0,10}(指令|规则|要求)/ },
  // "忽略上面的话", "忘掉之前的一切": whatever follows is meant to replace Furrow's instructions.
  {
    name: "ignore-instructions",
    re: /(忽略|无视|忘记|忘掉|不要理会|别管)(掉)?(上面|之前|以上|前面|刚才|先前)(的)?(话|内容|一切|所有|对话|说明)/,
  },
  {
    name: "ignore-instructions",
    re: /\b(ignore|disregard|forget)\s+(all\s+|everything\s+)?(of\s+)?(the\s+|that\s+)?(above|previous|prior|earlier)\b/i,
  },
  {
    name: "jailbreak",
    re: /你现在(是|扮演|充当)|从现在(起|开始)，?你(是|扮演|充当)|(请你?|你来)(扮演|充当)|\byou are now (a|an|in)\b|\bpretend (to be|you are)\b/i,
  },
  {
    name: "ignore-instructions",
    re: /\b(ignore|disregard|forget|override|bypass)\b.{0,30}\b(instructions?|rules|prompts?|guidelines|guardrails)\b/i,
  },
  { name: "system-prompt", re: /系统提示|提示词|system\s*prompt|\byour (prompt|instructions)\b|\bprompt injection\b/i },
  {
    name: "system-prompt",
    re: /\b(print|show|reveal|repeat|display|output|dump|tell me)\b.{0,20}\b(hidden|system|initial|original|your|internal)\s+(instructions|prompt|rules|configuration)\b|(显示|打印|输出|告诉我|重复|泄露).{0,10}(你的|隐藏的?|系统|原始|初始|内部)(指令|提示|规则|设定|配置)/i,
  },
  { name: "jailbreak", re: /越狱|开发者模式|\bjailbreak\b|\bdeveloper mode\b|\bDAN mode\b/i },
  { name: "exfiltrate", re: /(导出|同步|发送|转发|邮件|分享).{0,30}[\w.+-]+@[\w-]+\.[\w.]+/ },
  {
    name: "exfiltrate",
    re: /(发到|发送到|发给|转发到|转发给|发送至|传到|上传到|发至|寄到|抄送)[^@\n]{0,12}?[\w.+-]+@[\w-]+\.[\w.]+/,
  },
  {
    name: "exfiltrate",
    re: /\b(send|email|e-mail|forward|export|upload|post|mail|cc|copy)\b[^@\n]{0,60}\bto\s+[\w.+-]+@[\w-]+\.[\w.]+/i,
  },
  {
    name: "other-users-data",
    re: /(其他|别的|其它|所有|每个|全部)(人|用户|同事|销售|代表)的?(客户|数据|信息|账号|密钥)|别人的(客户|数据)/,
  },
  {
    name: "other-users-data",
    re: /\b(other|another|all|every)\s+(users?|reps?|salespeople|colleagues|people)('s?)?\s+(accounts|data|keys|pipelines?|customers)\b|\b(everyone|everybody|someone else|other people)'s\s+(accounts|data|keys|pipelines?|customers)\b/i,
  },
  {
    name: "other-users-data",
    re: /\b(accounts|customers|data|pipelines?)\b.{0,20}\b(of|for|from|belonging to)\s+(every|all|other|another)\s+(reps?|users?|salespeople|colleagues)\b/i,
  },
  // Asking for a secret, not mentioning one: "密码重置的流程", "password management systems" are work topics.
  {
    name: "secrets",
    re: /(告诉我|给我|发我|发给我|显示|查看|看看|泄露|透露|打印|输出|导出|列出|提供|查一下|找一下)[^，,。？?！!]{0,12}(密钥|密码|口令|令牌|api ?key|token)(?!重置|策略|管理|找回|修改|安全|规则|过期|复杂度)|(密钥|密码|口令|令牌|api ?key|token)(是多少|是什么|告诉我|发给我|给我|发我|多少)/i,
  },
  {
    name: "secrets",
    re: /\b(what('s| is| are)|give me|tell me|show|reveal|send|share|print|list|dump|leak|export|expose|get me|find|read out)\b[^.?!]{0,30}\b(passwords?|api[- ]?keys?|secrets?|credentials?|bearer tokens?|access tokens?|tokens?)\b(?!\s*(polic|reset|manag|strength|rule|expir|chang|recover|rotation))/i,
  },
  {
    name: "delete-all",
    re: /(删除|清空|删掉|删了|清除|抹掉)(所有|全部|一切|整个|数据库|全部的)|(所有|全部)(数据|客户)?(都)?(删|清空)|(数据库|所有数据|全部数据).{0,4}(清空|删除|删掉|清除)/,
  },
  {
    name: "delete-all",
    re: /\b(delete|wipe|drop|erase|remove|destroy|truncate)\b.{0,20}\b(all|everything|every|database|tables?|db)\b/i,
  },
];

/** The names of the forbidden patterns the message matches (empty when it is fine). */
export function detectForbidden(text: string): string[] {
  return [...new Set(FORBIDDEN.filter((f) => f.re.test(text)).map((f) => f.name))];
}
