import type { IntentionSpec } from "./format-other";

const W = 10_000;

/** Six procurement intentions, expected purchase 1-4 months after now; one buyer is not an account. */
export const INTENTIONS: (IntentionSpec & { slug: string })[] = [
  {
    slug: "hztx-intention",
    buyer: "湖州市苕溪医院",
    contact: "吕老师 0572-2039186",
    region: "浙江省湖州市吴兴区",
    publishedDaysAgo: 12,
    rows: [
      {
        name: "新院区医院信息系统（HIS）建设",
        summary: "新院区门急诊、住院、药房、收费一体化 HIS，与老院区数据互通，满足电子病历评级要求。",
        budget: 450 * W,
        inMonths: 2,
      },
      {
        name: "新院区彩色多普勒超声诊断仪采购",
        summary: "采购高端彩超2台，用于新院区超声科与体检中心。",
        budget: 336 * W,
        inMonths: 3,
      },
      {
        name: "新院区数字化X射线摄影系统（DR）采购",
        summary: "采购双板 DR 1套，含安装调试与培训。",
        budget: 125 * W,
        inMonths: 3,
      },
    ],
  },
  {
    slug: "sd120-intention",
    buyer: "山东省医疗急救指挥中心",
    contact: "郭老师 0531-68790023",
    region: "山东省本级",
    publishedDaysAgo: 20,
    rows: [
      {
        name: "急救车载呼吸机及转运监护仪采购",
        summary: "为新增急救车配置转运呼吸机20台、转运监护仪20台，满足院前急救需求。",
        budget: 180 * W,
        inMonths: 1,
      },
    ],
  },
  {
    slug: "bdgl-intention",
    buyer: "保定市古莲人民医院",
    contact: "胡老师 0312-3027715",
    region: "河北省保定市莲池区",
    publishedDaysAgo: 15,
    rows: [
      {
        name: "新院区彩色多普勒超声诊断仪采购",
        summary: "采购彩超2台，含心脏、腹部、浅表探头。",
        budget: 336 * W,
        inMonths: 2,
      },
      {
        name: "新院区中央监护系统采购",
        summary: "ICU 与急诊中央监护系统及监护仪，约40床。",
        budget: 126 * W,
        inMonths: 2,
      },
      { name: "新院区麻醉机采购", summary: "手术室麻醉机2台。", budget: 104 * W, inMonths: 4 },
    ],
  },
  {
    slug: "hdrehab-intention",
    buyer: "华东医疗集团康复医院",
    contact: "蔡老师 0573-82067719",
    region: "浙江省嘉兴市",
    publishedDaysAgo: 9,
    rows: [
      {
        name: "呼吸治疗科有创呼吸机更新",
        summary: "更新使用超过8年的有创呼吸机2台，要求支持肺保护通气与高流量氧疗，含三年质保及操作培训。",
        budget: 72 * W,
        inMonths: 1,
      },
    ],
  },
  {
    slug: "jnqc-intention",
    buyer: "济南市泉城妇女儿童医院",
    contact: "苏老师 0531-88617720",
    region: "山东省济南市历城区",
    publishedDaysAgo: 18,
    rows: [
      {
        name: "妇产超声科彩色多普勒超声诊断仪采购",
        summary: "采购妇产专用高端彩超3台，含容积探头与胎儿心脏成像。",
        budget: 504 * W,
        inMonths: 3,
      },
    ],
  },
  {
    slug: "weifang-intention",
    buyer: "潍坊市白浪河妇幼保健院",
    contact: "林老师 0536-8231067",
    region: "山东省潍坊市奎文区",
    publishedDaysAgo: 6,
    rows: [
      {
        name: "新生儿科监护仪采购",
        summary:
          "采购新生儿多参数监护仪8台，具备新生儿专用血氧探头、呼吸暂停报警，可接入科室中央监护站，含安装调试与培训。",
        budget: 60 * W,
        inMonths: 2,
      },
    ],
  },
];
