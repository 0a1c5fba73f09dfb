import type { Party } from "./notice-types";

const party = (name: string, address: string, person: string, phone: string): Party => ({
  name,
  address,
  person,
  phone,
});

/** Buyers: demo accounts (some as a 院区 or branch) and three bodies that are not accounts. */
export const BUYERS = {
  hd1h: party("华东医疗集团第一医院", "上海市浦东新区张江路1288号", "沈老师", "021-58761203"),
  qt1hZhijiang: party(
    "钱塘大学医学院附属第一医院之江院区",
    "杭州市西湖区之江路1666号",
    "设备科 何老师",
    "0571-87236651",
  ),
  qt2h: party("钱塘大学医学院附属第二医院", "杭州市滨江区江南大道3368号", "潘老师", "0571-87783301"),
  qtch: party("钱塘大学医学院附属儿童医院", "杭州市上城区秋涛路518号", "信息科 袁老师", "0571-86670912"),
  szxh: party("苏州工业园区星海医院", "苏州工业园区星海街88号", "丁老师", "0512-62981175"),
  hztx: party("湖州市苕溪医院", "湖州市吴兴区苕溪东路199号", "吕老师", "0572-2039186"),
  bjydh: party("北京市永定河医院", "北京市丰台区永定路36号", "魏老师", "010-63925517"),
  qdld: party("青岛市崂东医院", "青岛市崂山区海尔路77号", "姚老师", "0532-88917652"),
  sdhc: party("山东省卫生健康委员会", "济南市历下区燕子山西路", "规划信息处 程老师", "0531-67876213"),
  sdinfo: party("山东省卫生健康信息中心", "济南市历下区经十路11500号", "杜老师", "0531-67871190"),
  kngroup: party("北方康宁医疗集团有限公司", "北京市朝阳区东三环北路19号", "设备采购部 萧经理", "010-65938870"),
  hd2: party("华东医疗集团第二分公司", "苏州市姑苏区人民路2066号", "蒋老师", "0512-65227319"),
  njxwh: party("南京市玄武湖医院", "南京市玄武区中央路305号", "设备处 曹老师", "025-83716650"),
  tjhh: party("天津市海河医院", "天津市河西区友谊路61号", "冯老师", "022-28349960"),
  tjgc: party("天津市滨海新区港城医院", "天津市滨海新区新港三号路9号", "韩老师", "022-25793318"),
  hzwl: party("杭州市未来科技城医院", "杭州市余杭区文一西路1818号", "叶老师", "0571-88610237"),
  sjzht: party("石家庄市滹沱医院", "石家庄市长安区中山东路389号", "董老师", "0311-85917726"),
  hdrehab: party("华东医疗集团康复医院", "嘉兴市南湖区广益路1099号", "蔡老师", "0573-82067719"),
  linhuPeople: party("临湖县人民医院", "浙江省湖州市临湖县人民路12号", "邓老师", "0572-7718265"),
  linhuTcm: party("临湖县中医院", "浙江省湖州市临湖县健康路8号", "田老师", "0572-7723390"),
};

/** Procurement agencies (fictional). */
export const AGENCIES = {
  zhejiang: party("浙江华诚工程咨询有限公司", "杭州市拱墅区湖墅南路186号9楼", "郑工", "0571-85196632"),
  shanghai: party("上海申信招标代理有限公司", "上海市黄浦区九江路399号12楼", "徐工", "021-63517789"),
  jiangsu: party("江苏苏采项目管理有限公司", "南京市鼓楼区湖南路1号6楼", "孙工", "025-83307415"),
  beijing: party("北京中诚国际招标有限公司", "北京市西城区月坛北街26号", "高工", "010-68051139"),
  shandong: party("山东鲁信招标咨询有限公司", "济南市市中区经七路156号", "梁工", "0531-82079930"),
  tianjin: party("天津津招项目管理有限公司", "天津市和平区南京路219号", "彭工", "022-23307726"),
  hebei: party("河北冀诚招标有限公司", "石家庄市桥西区自强路118号", "唐工", "0311-87026635"),
};

/** Winners as award notices print them: our legal name and the competitors' (see ../competitors). */
export const WINNERS = {
  us: { name: "华康医疗科技股份有限公司", address: "杭州市滨江区长河路590号" },
  maikang: { name: "深圳迈康生物医疗电子股份有限公司", address: "深圳市南山区高新技术产业园科技南十二路" },
  lianchuang: { name: "上海联创医疗影像股份有限公司", address: "上海市嘉定区城北路2258号" },
  orbis: { name: "寰宇医疗系统（中国）有限公司", address: "北京经济技术开发区永昌北路1号" },
};

/** Which demo account each buyer is (a 院区 is its hospital's); null for the bodies outside the book. */
const BUYER_ACCOUNTS: Record<string, string | null> = {
  华东医疗集团第一医院: "hd-1h",
  钱塘大学医学院附属第一医院之江院区: "qt-1h",
  钱塘大学医学院附属第二医院: "qt-2h",
  钱塘大学医学院附属儿童医院: "qt-ch",
  苏州工业园区星海医院: "sz-xh",
  湖州市苕溪医院: "hz-tx",
  北京市永定河医院: "bj-ydh",
  青岛市崂东医院: "qd-ld",
  山东省卫生健康委员会: "sd-hc",
  山东省卫生健康信息中心: "sd-info",
  北方康宁医疗集团有限公司: "kn-group",
  华东医疗集团第二分公司: "hd-2",
  南京市玄武湖医院: "nj-xwh",
  天津市海河医院: "tj-hh",
  天津市滨海新区港城医院: "tj-gc",
  杭州市未来科技城医院: "hz-wl",
  石家庄市滹沱医院: "sjz-ht",
  华东医疗集团康复医院: "hd-rehab",
  山东省医疗急救指挥中心: "sd-120",
  保定市古莲人民医院: "bd-gl",
  济南市泉城妇女儿童医院: "jn-qc",
};

export const accountOfBuyer = (buyer: string): string | null => BUYER_ACCOUNTS[buyer] ?? null;
