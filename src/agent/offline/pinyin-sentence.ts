import { isCommonEnglishWord } from "./english-words";

/** Every syllable of Mandarin in pinyin without tones (ü written v or u). */
const SYLLABLES = new Set(
  (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng " +
    "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu " +
    "cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e " +
    "ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan " +
    "guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian " +
    "jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang " +
    "kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu lv luan lve lue " +
    "lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei " +
    "nen neng ni nian niang niao nie nin ning niu nong nou nu nv nuan nve nue nuo o ou pa pai pan pang pao pei pen " +
    "peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang " +
    "rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she " +
    "shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan " +
    "tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia " +
    "xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue " +
    "yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua " +
    "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
  ).split(" "),
);

/** Whether a word splits wholly into pinyin syllables ("zenmeyang", "tianmu"), at most four. */
export function isPinyinWord(word: string): boolean {
  const w = word.toLowerCase();
  const can = (from: number, left: number): boolean => {
    if (from === w.length) return true;
    if (left === 0) return false;
    for (let len = Math.min(6, w.length - from); len >= 1; len--)
      if (SYLLABLES.has(w.slice(from, from + len)) && can(from + len, left - 1)) return true;
    return false;
  };
  return /^[a-z]+$/.test(w) && can(0, 4);
}

/**
 * A message typed in pinyin without characters ("tianmu jituan zenme yang"): most of its words are pinyin and no
 * English word, so the user writes Chinese. Short English messages ("any news", "status?") are not: their words are
 * English words.
 */
export function isPinyinSentence(text: string): boolean {
  const words = text.match(/[A-Za-z]+/g) ?? [];
  if (words.length < 2) return false;
  // Capitalised pinyin is a name ("Bao Li status", "how is Tianmu doing"), which English text carries too.
  const pinyin = words.filter(
    (w, i) => (i === 0 || !/^[A-Z]/.test(w)) && isPinyinWord(w) && !isCommonEnglishWord(w.toLowerCase()),
  );
  return pinyin.length >= 2 && pinyin.length / words.length >= 0.6;
}
