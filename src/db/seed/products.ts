import type { Product } from "../../engine/types";

/** Our catalogue: medical equipment, hospital IT and service contracts. List prices in yuan. */
export const PRODUCTS: Product[] = [
  p(
    "HK-US-700",
    "彩色多普勒超声诊断仪 HK-US700",
    "超声",
    "高端台式彩超，支持 elastography 弹性成像与 AI 自动测量，适用于腹部、心脏、妇产全科。",
    1_680_000,
  ),
  p(
    "HK-US-300P",
    "便携式彩色超声 HK-US300P",
    "超声",
    "便携式彩超，床旁 POCT 与急诊、ICU 使用，电池续航 2 小时。",
    380_000,
  ),
  p(
    "HK-DR-900",
    "数字化X射线摄影系统 DR HK-DR900",
    "影像设备",
    "双板悬吊 DR，平板探测器，低剂量成像，支持 DICOM 3.0。",
    1_250_000,
  ),
  p(
    "HK-PACS",
    "医学影像 PACS 系统",
    "医院信息化",
    "全院级影像归档与通信系统（PACS/RIS），支持云胶片、远程阅片与 AI 辅助诊断接口。",
    2_200_000,
  ),
  p(
    "HK-HIS",
    "医院信息系统 HIS",
    "医院信息化",
    "新一代 B/S 架构 HIS，门急诊、住院、药房、收费一体化，符合电子病历评级五级要求。",
    4_500_000,
  ),
  p("HK-LIS", "检验科 LIS 系统", "医院信息化", "实验室信息系统，支持仪器双向通讯、质控管理与危急值闭环。", 900_000),
  p("HK-EMR", "电子病历系统 EMR", "医院信息化", "结构化电子病历与 CDSS 临床决策支持，支持互联互通测评。", 2_800_000),
  p(
    "HK-MON-12",
    "多参数监护仪 HK-M12",
    "监护",
    "12.1 英寸多参数监护仪，ECG/SpO2/NIBP/TEMP，支持中央监护站联网。",
    68_000,
  ),
  p("HK-CMS", "中央监护系统", "监护", "病区中央监护站，最多接入 64 床，支持移动查房与报警推送。", 420_000),
  p("HK-ANE-60", "麻醉机 HK-A60", "麻醉与呼吸", "电子流量计麻醉机，低流量麻醉，内置 VCV/PCV/SIMV 通气模式。", 520_000),
  p("HK-VEN-80", "有创呼吸机 HK-V80", "麻醉与呼吸", "ICU 高端有创呼吸机，支持肺保护通气与 HFNC 高流量氧疗。", 360_000),
  p(
    "HK-ENDO-4K",
    "4K 电子内窥镜系统",
    "内窥镜",
    "4K 超高清消化内镜系统，含主机、光源与胃肠镜，支持窄带成像。",
    2_600_000,
  ),
  p(
    "HK-CT-SVC",
    "CT 维保服务（年度）",
    "维保服务",
    "多品牌 CT 全保服务，含球管保险、预防性维护与 4 小时响应。",
    850_000,
  ),
  p(
    "HK-MAINT",
    "医疗设备全院维保服务（年度）",
    "维保服务",
    "全院医疗设备托管维保，含资产管理平台与驻场工程师。",
    1_200_000,
  ),
  p("HK-WARD", "智慧病房解决方案", "智慧医院", "床旁交互终端、护理白板、输液监测与 IoT 物联网平台一体化。", 1_500_000),
  p(
    "HK-REGION",
    "区域卫生信息平台",
    "智慧医院",
    "区域全民健康信息平台，电子健康档案共享、双向转诊与互联网医院。",
    6_000_000,
  ),
];

function p(sku: string, name: string, category: string, description: string, listPrice: number): Product {
  return { sku, name, category, description, listPrice };
}
