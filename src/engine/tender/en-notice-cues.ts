// The data the English free-text resolver reads (parse-en-free-notice.ts): label variants per field,
// the wording that gives a notice's kind, and FedBizOpps record tags. Add a variant here, not a rule.
import type { NoticeType } from "./schema";

/** `Label: value` lines, by field; the label is matched at the start of a line, case-insensitively. */
export const EN_LABELS: Record<string, RegExp> = {
  buyer:
    /^(?:owner|purchaser|buyer|awarding (?:authority|body|agency)|commissioning body|procuring authority|contracting body|buyer name|issuing (?:agency|office|body|organi[sz]ation)|issued by|awarded by|contracting (?:authority|entity|agency|office)|agency(?: name)?|organi[sz]ation(?: name| chain)?|procuring (?:entity|agency)|procurement entity|client|department(?:\/ind\.? agency| name)?|sub-?tier|name and addresses|official name)$/i,
  agency: /^(?:procurement agent|tendering agent|agent|on behalf of)$/i,
  projectName:
    /^(?:project(?: name| title| description)?|title|subject|re|bid title|contract title|tender title|opportunity(?: title)?|name of (?:the )?(?:work|project|item)|item category)$/i,
  projectNumber:
    /^(?:(?:bid|rfp|rfq|rfqual|ifb|itb|rft|nit|solicitation|project|contract|tender|reference|ref|proposal|quote|notice|atm|procurement|request|rfx|cip)\.?\s*(?:no\.?|number|#|ref(?:erence)?(?: number)?|id)?|solicitation|reference(?: number)?|procurement reference|internal identifier|quotation \/ tender no\.?)$/i,
  deadline:
    /^(?:(?:bid|tender|proposal|response|offer|submission|quotation)s?\s*(?:due|closing|deadline|submission deadline)(?: date)?(?: and time)?|deadline(?: for (?:bid|tender|proposal)s?(?: submission)?)?|closing(?: date)?(?: and time)?|due date(?: and time)?|response date|submission deadline|tenders? (?:must be )?(?:received|submitted) by|(?:original |updated )?date offers due|close date(?: (?:&|and) time)?|time limit for receipt of tenders.*|(?:bid|tender) (?:submission )?end date(?:\/time)?|closing on|deadline for (?:the )?receipt of (?:tenders|bids|offers|proposals)|last date (?:and time )?(?:for|of) (?:the )?(?:submission|receipt) of (?:bids|tenders|offers|proposals).*)$/i,
  // "Closing date: 2026-09-30" with "Closing time: 14:00 EDT" on its own line
  deadlineTime: /^(?:closing|due|submission|deadline|bid due|tender closing) time$/i,
  budget:
    /^(?:(?:total )?budget|estimated? (?:total )?(?:value|cost|budget|amount|contract value|bid value)(?: excluding vat)?|engineer'?s estimate|estimate|project (?:cost|budget)|tender value)(?: in \S{1,4})?$/i,
  // "Contract value: £1.4m" is the award in an award notice and the estimate in an invitation
  contractValue:
    /^(?:(?:total )?value(?: of (?:the )?contract)?|contract value|total contract value|base and all options value(?: \(total contract value\))?|contract award dollar amount)(?: \(?excl(?:uding|\.)? vat\)?)?$/i,
  // "This contract was awarded to 1 supplier." over the supplier's name (Contracts Finder pages)
  winner:
    /^(?:awarded to|awardee|contractor|successful (?:bidder|tenderer|supplier)|supplier(?: details| information)?|winner|vendor|contractor awarded name|awarded (?:vendor|supplier|contractor)|this contract was awarded to \d+ suppliers?)$/i,
  awardAmount: /^(?:award(?:ed)? (?:amount|value)|contract (?:amount|award|price)|amount(?: awarded)?|total value)$/i,
  contactPhone:
    /^(?:tel\.?|telephone|phone(?: number)?|contact(?: phone| telephone)?|contact person|point of contact|call)$/i,
  // a page's description line: a name only where nothing else names the purchase and it is short
  description: /^(?:description|short description)$/i,
  // "Bid Opening: April 22, 2026, 1:30 PM": when bids are opened, the closing moment where no due date is printed
  bidOpening: /^(?:(?:bid|tender|proposal)s? )?opening(?: date)?(?: (?:and|&) time)?$/i,
  // the kind of notice as a form states it ("Contract Opportunity Type: Combined Synopsis/Solicitation")
  noticeKind: /^(?:(?:contract )?opportunity type|atm type|notice type|tender type|type of notice)$/i,
};

/** The kind of notice from its head (title and first sentences), tried in this order. */
export const EN_TYPE_CUES: [RegExp, NoticeType][] = [
  [/\b(?:addendum|amendment|corrigendum|correction|revised (?:notice|bid)|modification)\b/i, "correction"],
  // selling surplus or cancelling is not a purchase, whatever form it borrows
  [/\b(?:surplus|auction|for sale|sale of|cancell?ation|cancell?ed|rescind(?:ed)?)\b/i, "other"],
  [
    /\bawarded to\b|\bawarding\b|\b(?:authori[sz]ing|approving)\b.{0,80}?\b(?:contract|agreement) with\b|\baccepting the (?:lowest? )?(?:responsible )?bid\b|\baccepts? the (?:lowest? )?(?:responsible )?(?:bid|proposal|quote) of\b|\baward of (?:the )?contract|\bcontract award|\bnotice of (?:bid |contract )?award|\bhas awarded\b|\bintent to award|\bawarded contract|\baward notice/i,
    "award",
  ],
  [
    /\bsources sought|request for information|early engagement|preliminary market engagement|pipeline notice|prior information|pre-?solicitation|market (?:engagement|sounding)|planned procurement/i,
    "intention",
  ],
  [
    /invitation (?:to|for) (?:bids?|tenders?)|request for (?:proposals?|qualifications|quotations?|quotes|bids|tenders?)|sealed (?:bids|proposals)|(?:bids|proposals|tenders) (?:will|shall) be received|notice to (?:bidders|contractors)|call (?:for|s for) (?:bids|tenders)|requesting (?:sealed )?(?:bids|proposals)|invites? (?:sealed )?(?:bids|tenders|proposals)|advertisement for (?:bids|tenders|proposals)|notice of (?:tender|letting)|\bletting\b|\b(?:sealed )?(?:proposals|bids|tenders) (?:will|shall) be (?:received|accepted)|\bcontract opportunity\b|^opportunity$|\bcontract (?:or concession )?notice\b|\b(?:bid|tender) (?:document|details|end date)\b|notice of tender|notice inviting tenders|tenders? (?:close|are invited)|combined synopsis|approach to market|\bsolicitation\b|\btender\b|\b(?:will|shall) accept (?:sealed )?(?:bids|proposals|tenders)/im,
    "tender",
  ],
];

/** FedBizOpps feed records: the root tag gives the kind, the field tags become labels. */
export const FBO_TYPES: Record<string, NoticeType> = {
  PRESOL: "intention",
  SRCSGT: "intention",
  COMBINE: "tender",
  AMDCSS: "correction",
  MOD: "correction",
  AWARD: "award",
  JA: "other",
  FAIROPP: "other",
  SNOTE: "other",
  SSALE: "other",
  ARCHIVE: "other",
  UNARCHIVE: "other",
};
export const FBO_TAGS: Record<string, string> = {
  AGENCY: "Agency",
  SUBJECT: "Subject",
  SOLNBR: "Solicitation",
  CONTACT: "Contact",
  AWDNBR: "Contract No",
  AWDAMT: "Award amount",
  AWARDEE: "Awardee",
};

/** A motion or resolution awarding a contract, wherever it sits in minutes ("moved to award the … to X"). */
export const EN_AWARD_IN_BODY =
  /\b(?:moved|motion|voted)\b.{0,80}?\bto (?:award|approve the (?:low(?:est)? )?(?:award|bid|contract|proposal|quote))\b|\bbe it (?:further )?resolved\b[^.]{0,300}\bawarded to\b/i;
