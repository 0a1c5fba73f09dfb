// The invented books' conversation suites, in the order the report lists them. Each book lives in evals/books/<book>
// (its README says how it was written and its first play), its conversations in evals/cases/<folder>.
// Measured-only suites print kinds and counts, never their sentences, so nobody tunes to them; development suites list
// their misses. Books were written blind by helpers who never read the understanding.
import type { Conversation } from "./cases/conversation-types";
import { EIGHTEENTH } from "./cases/eighteenth";
import { EIGHTH } from "./cases/eighth";
import { ELEVENTH } from "./cases/eleventh";
import { FIFTEENTH } from "./cases/fifteenth";
import { FIFTH } from "./cases/fifth";
import { FIFTIETH } from "./cases/fiftieth";
import { FIFTYFIRST } from "./cases/fiftyfirst";
import { FORTIETH } from "./cases/fortieth";
import { FORTYEIGHTH } from "./cases/fortyeighth";
import { FORTYFIFTH } from "./cases/fortyfifth";
import { FORTYFIRST } from "./cases/fortyfirst";
import { FORTYFOURTH } from "./cases/fortyfourth";
import { FORTYNINTH } from "./cases/fortyninth";
import { FORTYSECOND } from "./cases/fortysecond";
import { FORTYSEVENTH } from "./cases/fortyseventh";
import { FORTYSIXTH } from "./cases/fortysixth";
import { FORTYTHIRD } from "./cases/fortythird";
import { FOURTEENTH } from "./cases/fourteenth";
import { FOURTH } from "./cases/fourth";
import { NINETEENTH } from "./cases/nineteenth";
import { NINTH } from "./cases/ninth";
import { SEVENTEENTH } from "./cases/seventeenth";
import { SEVENTH } from "./cases/seventh";
import { SIXTEENTH } from "./cases/sixteenth";
import { SIXTH } from "./cases/sixth";
import { TENTH } from "./cases/tenth";
import { THIRD } from "./cases/third";
import { THIRTEENTH } from "./cases/thirteenth";
import { THIRTIETH } from "./cases/thirtieth";
import { THIRTYEIGHTH } from "./cases/thirtyeighth";
import { THIRTYFIFTH } from "./cases/thirtyfifth";
import { THIRTYFIRST } from "./cases/thirtyfirst";
import { THIRTYFOURTH } from "./cases/thirtyfourth";
import { THIRTYNINTH } from "./cases/thirtyninth";
import { THIRTYSECOND } from "./cases/thirtysecond";
import { THIRTYSEVENTH } from "./cases/thirtyseventh";
import { THIRTYSIXTH } from "./cases/thirtysixth";
import { THIRTYTHIRD } from "./cases/thirtythird";
import { TWELFTH } from "./cases/twelfth";
import { TWENTIETH } from "./cases/twentieth";
import { TWENTYEIGHTH } from "./cases/twentyeighth";
import { TWENTYFIFTH } from "./cases/twentyfifth";
import { TWENTYFIRST } from "./cases/twentyfirst";
import { TWENTYFOURTH } from "./cases/twentyfourth";
import { TWENTYNINTH } from "./cases/twentyninth";
import { TWENTYSECOND } from "./cases/twentysecond";
import { TWENTYSEVENTH } from "./cases/twentyseventh";
import { TWENTYSIXTH } from "./cases/twentysixth";
import { TWENTYTHIRD } from "./cases/twentythird";

export type BookSuite = { book: string; suite: string; conversations: Conversation[] };

const measured = (book: string, ordinal: string, conversations: Conversation[]): BookSuite => ({
  book,
  suite: `conversations: ${ordinal} book (measured-only)`,
  conversations,
});
const development = (book: string, ordinal: string, conversations: Conversation[]): BookSuite => ({
  book,
  suite: `conversations: ${ordinal} book (development)`,
  conversations,
});

/**
 * Never tuned to. The third (yunshan, farm software) like the unseen book; the sixth (tieling, industrial cloud),
 * ninth (fenhe, industrial safety) and fourteenth (xiangjiang, lab automation) written before their first play; the
 * sixteenth (songhua, education) and seventeenth (dongting, robots), the twentieth (zhujiang, retail SaaS, mixed
 * Chinese and English) and twenty-first (weishui, lab instruments), the twenty-fourth (tianshan, Xinjiang agritech)
 * and twenty-fifth (qiantang, water), the thirty-eighth (emei, security systems; long chained conversations) and the
 * thirty-ninth (liaohai, ship repair; phone-typed shorthand), the forty-fourth (huashan, test instruments; a mixed
 * English and Chinese team) and forty-fifth (yandang, valves; terse reps asking two things at once), the fiftieth
 * (putuo, textile machinery; a team's first week) and fifty-first (lishan, logistics software; a mixed English and
 * Chinese team): measured-only from the start, first plays in their READMEs.
 */
export const MEASURED_BOOKS: BookSuite[] = [
  measured("yunshan", "third", THIRD),
  measured("tieling", "sixth", SIXTH),
  measured("fenhe", "ninth", NINTH),
  measured("xiangjiang", "fourteenth", FOURTEENTH),
  measured("songhua", "sixteenth", SIXTEENTH),
  measured("dongting", "seventeenth", SEVENTEENTH),
  measured("zhujiang", "twentieth", TWENTIETH),
  measured("weishui", "twenty-first", TWENTYFIRST),
  measured("tianshan", "twenty-fourth", TWENTYFOURTH),
  measured("qiantang", "twenty-fifth", TWENTYFIFTH),
  measured("emei", "thirty-eighth", THIRTYEIGHTH),
  measured("liaohai", "thirty-ninth", THIRTYNINTH),
  measured("huashan", "forty-fourth", FORTYFOURTH),
  measured("yandang", "forty-fifth", FORTYFIFTH),
  measured("putuo", "fiftieth", FIFTIETH),
  measured("lishan", "fifty-first", FIFTYFIRST),
];

/**
 * Development material: the seventh (hanlu, cold chain) and eighth (lingding, IoT and energy) after being measured
 * at their first play; the tenth to thirteenth (ganjiang, jincheng, guzhen, qilu) from the start; the fifteenth
 * (minjiang), eighteenth (taihu) and nineteenth (qinling), twenty-second (luohe) and twenty-third (baiyun),
 * twenty-sixth (jialing) and twenty-seventh (bohai), twenty-eighth (huaihe) and twenty-ninth (nanling), thirtieth
 * (wuyi, fleet charging, dictated messages) and thirty-first (changbai, industrial gases, an export team's English),
 * thirty-second (haiqing, anti-corrosion; a manager's questions) and thirty-third (dianchi, cold-chain traceability;
 * a junior rep mixing Chinese and English), thirty-fourth (gusu, lift IoT; formal Chinese, self-corrections) to
 * thirty-seventh (huangpu, HR software; an English-first team), with the thirty-fifth (helan, solar O&M; half the turns
 * a sales manager's) and thirty-sixth (hengshan, canteens; filters and sorts packed in one question), the fortieth
 * (wudang, cold chain; long chained conversations), forty-first (kunlun, mining spares; phone shorthand and numbers),
 * forty-second (lushan, pharma packaging; people first) and forty-third (taishan, industrial gases; errands and bids),
 * the forty-sixth (qingcheng, imaging service; people and reporting lines across a group), forty-seventh (wutai,
 * printing machinery; what was said months ago), forty-eighth (jiuhua, data-centre cooling; lists, filters and picks)
 * and forty-ninth (yuelu, farm machinery; dictated messages), after one play before any work on them; the fourth (lanjiang) and fifth (jinsha) written next to the code.
 */
export const DEVELOPMENT_BOOKS: BookSuite[] = [
  development("lingding", "eighth", EIGHTH),
  development("hanlu", "seventh", SEVENTH),
  development("ganjiang", "tenth", TENTH),
  development("jincheng", "eleventh", ELEVENTH),
  development("guzhen", "twelfth", TWELFTH),
  development("qilu", "thirteenth", THIRTEENTH),
  development("minjiang", "fifteenth", FIFTEENTH),
  development("taihu", "eighteenth", EIGHTEENTH),
  development("qinling", "nineteenth", NINETEENTH),
  development("luohe", "twenty-second", TWENTYSECOND),
  development("baiyun", "twenty-third", TWENTYTHIRD),
  development("jialing", "twenty-sixth", TWENTYSIXTH),
  development("bohai", "twenty-seventh", TWENTYSEVENTH),
  development("huaihe", "twenty-eighth", TWENTYEIGHTH),
  development("nanling", "twenty-ninth", TWENTYNINTH),
  development("wuyi", "thirtieth", THIRTIETH),
  development("changbai", "thirty-first", THIRTYFIRST),
  development("haiqing", "thirty-second", THIRTYSECOND),
  development("dianchi", "thirty-third", THIRTYTHIRD),
  development("gusu", "thirty-fourth", THIRTYFOURTH),
  development("helan", "thirty-fifth", THIRTYFIFTH),
  development("hengshan", "thirty-sixth", THIRTYSIXTH),
  development("huangpu", "thirty-seventh", THIRTYSEVENTH),
  development("wudang", "fortieth", FORTIETH),
  development("kunlun", "forty-first", FORTYFIRST),
  development("lushan", "forty-second", FORTYSECOND),
  development("taishan", "forty-third", FORTYTHIRD),
  development("qingcheng", "forty-sixth", FORTYSIXTH),
  development("wutai", "forty-seventh", FORTYSEVENTH),
  development("jiuhua", "forty-eighth", FORTYEIGHTH),
  development("yuelu", "forty-ninth", FORTYNINTH),
  development("lanjiang", "fourth", FOURTH),
  development("jinsha", "fifth", FIFTH),
];
