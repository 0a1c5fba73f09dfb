export { contractEnd } from "./contract-end";
export { gradeParsedNotice } from "./grade-parsed-notice";
export { type BuyerAccount, type BuyerMatch, matchBuyer } from "./match-buyer";
export { type MatchProductsOptions, matchProducts, type ProductMatch } from "./match-products";
export { normaliseOrgName } from "./normalise-org-name";
export { type ParseNoticeOptions, parseNotice } from "./parse-notice";
export { type PredictMatchInput, predictMatch, predictMatches } from "./predict-match";
export { projectKey } from "./project-key";
export {
  type Lot,
  type MatchKind,
  MoneySchema,
  type NoticeType,
  type ParsedNotice,
  ParsedNoticeSchema,
  type Reason,
  type TenderMatch,
  TenderMatchSchema,
} from "./schema";
export { tokenise } from "./tokenise";
