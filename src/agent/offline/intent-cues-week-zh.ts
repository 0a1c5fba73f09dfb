import type { IntentCue } from "./intent-cue";

/**
 * Chinese cues for the Monday-morning intents (issue 11): my week, actions due/overdue and their changes, last
 * contact, accounts not contacted, what happened, attainment. Weights as in intent-cues-zh.ts; these are
 * specific asks, so they outweigh the topic words they share (完成率, 很久没, 情况).
 */
export const WEEK_ZH_CUES: IntentCue[] = [
  {
    intent: "my_week",
    name: "week-priorities",
    re: /(本周|这周|这星期|本星期|这一周|这个星期|这礼拜|这个礼拜|本礼拜).{0,10}(优先|重点|该|要|应该|需要).{0,6}(跟进|做|联系|拜访|处理|关注|干)|(本周|这周|这星期|本星期|这礼拜|这个礼拜|本礼拜|今天|今儿).{0,4}(干嘛|干啥|做啥|忙啥|干点啥)|优先跟进|本周重点|这周重点|本周(该|要)做/,
    weight: 5,
  },
  { intent: "my_week", name: "rep-book", re: /[\u4e00-\u9fff]{2,3}的客户(情况|近况|怎么样|如何)/, weight: 5 },
  {
    intent: "list_actions",
    name: "actions-due",
    re: /(哪些|什么|有没有|多少).{0,6}(行动|待办|任务).{0,6}(到期|逾期|过期|要做|没做|超期)|(行动|待办|任务).{0,4}(到期|逾期|过期|超期)|我的(行动|待办)|行动(列表|清单)|(逾期|过期|超期|到期)(了)?(没|未|还没)(做|完成|办)的?(事|活|任务)?|(没|未)(做|完成)的(事|活|任务)/,
    weight: 5,
  },
  {
    intent: "update_action",
    name: "mark-done",
    re: /(标记|标为|设为|改为|设成|标成).{0,4}(完成|已完成|做完|放弃|取消)|第\s*[一二三四五六七八九十\d]+\s*[项个条件].{0,8}(完成|取消|放弃)/,
    weight: 6,
  },
  {
    intent: "update_action",
    name: "reschedule",
    re: /(把|将).{1,24}(改到|推迟到|推到|挪到|延期到|调到|移到|延后到|提前到|改期到)/,
    weight: 6,
  },
  {
    intent: "last_contact",
    name: "last-contact",
    re: /(上次|上回|上一次|上一回).{0,8}(拜访|联系|见|沟通|通话|电话|见面|开会|聊|谈|去)|(最近|最后)一次.{0,8}(拜访|联系|沟通|见|打电话|通话|聊|谈)|(什么时候|何时|哪天).{0,4}(拜访|联系|见|沟通)过|多久没(联系|拜访|见)|(联系|拜访|见|沟通|聊|找|去)过(吗|么|没)|有没有(联系|拜访|见|找|去)过|谁.{0,2}(联系|拜访|跟进|见|去|找|跑)过/,
    weight: 5,
  },
  {
    intent: "stale_accounts",
    name: "not-contacted",
    re: /没人(管|跟|理|联系|去|跑)的?客户|(没|未|没有)(有)?(联系|拜访|跟进|跟|沟通|接触|理|管)(过)?的?客户|客户.{0,10}(没|未)(有)?(联系|拜访|跟进)|(\d+|[一两二三四五六七八九十半]+)\s*个?(天|周|月|星期|年).{0,4}(没|未)(有)?(联系|拜访|跟进|沟通)|(哪些|哪个|哪几[个家]|什么)客户.{0,4}(好久|很久|许久|一直|长时间)(没|未)(去|跑|联系|拜访|见|跟进|跟|走动|理|管|碰|打过?电话)|最(久|长时间)(没|未)(有)?(去|跑|联系|拜访|见|跟进|跟|走动)/,
    weight: 5,
  },
  {
    intent: "account_timeline",
    name: "what-happened",
    re: /发生了?(什么|哪些)|有(什么|哪些)(事|动态|变化|进展)|客户动态|的动态|最近.{0,4}(进展|发生)|时间线|按时间(顺序)?.{0,6}(过|捋|理|列|排|串)|来龙去脉|(跟进|拜访|联系|沟通)(记录|历史)/,
    weight: 4,
  },
  {
    intent: "attainment",
    name: "attainment",
    re: /(今年|全年|年度|本年).{0,10}(目标|指标|任务|业绩).{0,6}(完成|达成|怎么样|如何|进度)|目标(完成|达成)(情况|率|得怎么样)|达成率|完成率|指标完成/,
    weight: 6,
  },
];
