// The sentences of English notices that name a field, one list per field, tried in order (first match wins):
// "Sealed bids will be received by X until …", "moved to award the Y to Z in the amount of $…".
// an organisation is never a date ("received by June 14, 2017")
const NOT_DATE =
  "(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight)[a-z]*\\b)";
const ORG = "([A-Z][\\w&.,'’ -]{2,90}?)";
// sentences naming the issuing body
export const BUYER_PROSE = [
  new RegExp(
    `notice is hereby given that (?:the )?${ORG},? (?:is requesting|will receive|invites|is inviting|is soliciting|is seeking|requests|is accepting|will accept|intends)`,
    "i",
  ),
  new RegExp(
    `(?:^|\\.\\s)(?:The )?${ORG}(?: \\([^)]*\\))? \\((?:the )?["“]?(?:Purchaser|Owner|Buyer|Authority|Client)["”]?\\)`,
  ),
  new RegExp(
    `(?:will|shall) be received by (?:the )?${NOT_DATE}${ORG}(?: at | until | for | through | via |,|\\.)`,
    "i",
  ),
  // "The City of X (the "City") is seeking proposals": an alias in brackets may follow the name
  new RegExp(
    `^(?:The )?${ORG}(?: \\([^)]*\\))? (?:is requesting|hereby invites|invites|is soliciting|is seeking|will receive|requests|is accepting|will accept|accepts) (?:sealed )?(?:bids|proposals|tenders|quot)`,
    "i",
  ),
  // "…, the Board of Education of X awarded the contract": no comma inside, so a dated lead-in is not taken
  /(?:^|,\s+)(?:the\s+)?([A-Z][\w&.'’ -]{2,90}?)\s+(?:has\s+)?(?:awarded|approved the award of)\s+(?:a\s+|the\s+)?contract/,
  new RegExp(`resolution of the ${ORG} (?:awarding|authori[sz]ing|accepting|approving)`, "i"),
  new RegExp(`be it (?:further )?resolved by (?:the )?${ORG}(?:,| that)`, "i"),
];
export const AGENCY_PROSE = [new RegExp(`has appointed (?:the )?${ORG} as its (?:procurement|tendering) agent`, "i")];
// sentences naming what is bought
// where a name in a sentence ends: a full stop, a clause ("until", ", with …") or the bid number after it
const NAME_END = `(?:[.;](?:\\s|$)|,?\\s+(?:until|on|by|at the|in accordance|as per|per)\\b|,\\s+(?:with|including|which|where|located|to be)\\b|,\\s+(?=(?:Bid|RFP|RFQ|IFB|ITB|RFT|Solicitation|Project|Contract|Tender)\\s*(?:No|Number|#|Package))|$)`;
export const NAME_PROSE = [
  new RegExp(
    `(?:requesting|request|invites?|inviting|soliciting|receive|accept(?:s|ing)?|calls? for)\\s+(?:sealed\\s+)?(?:bids|proposals|tenders|quotes|quotations|offers)\\s+for\\s+(?:the\\s+)?(.{4,160}?)${NAME_END}`,
    "i",
  ),
  /(?:sealed\s+)?(?:bids|proposals|tenders)\s+for\s+(?:the\s+)?(.{4,160}?)\s+(?:will|shall) be received/i,
  // "… will be received by X at … until 2:00 p.m. on March 3, 2026, for the Animal Shelter Roof, ITB No. …"
  // "… will receive sealed bids at … until 10:00 AM on Friday, October 9, 2026 for furnishing one (1) …"
  new RegExp(
    `\\b(?:will|shall) (?:be (?:received|accepted)|receive|accept)\\b.{0,300}?(?:,|\\d{4},?)\\s+for\\s+(?:the\\s+)?([A-Za-z0-9].{3,160}?)${NAME_END}`,
  ),
  /\bcontract for (?:the )?(.{4,160}?)(?: (?:is|are|was|be) (?:hereby )?awarded)? to [A-Z]/,
  // "to approve the bid from X for the Y in the amount of $…"
  /\b(?:bid|proposal|quote|quotation) (?:from|of|submitted by) [A-Z].{1,90}? for (?:the )?(.{4,160}?) in the (?:amount|sum)\b/,
  /\b(?:contract|agreement) with [A-Z].{1,90}? for (?:the )?(.{4,160}?)(?: in the (?:amount|sum)\b|[.;](?:\s|$)|,)/,
  // a name in quotes after "for the work" ("… for the work \"Providing piped water supply …\"")
  /\bfor (?:the )?(?:name of )?(?:work|project|supply|services?|contract)\s*(?:of|:)?\s*["“‘']([^"”’']{4,200})["”’']/i,
  // "moved to award the 2026 Street Resurfacing Project to Summit Paving Co."
  /\baward (?:the )?(?!contract\b|bid\b)([A-Z0-9].{3,160}?) to (?:the )?[A-Z]/,
  // "awarded a contract without competitive bidding … to Morrell Engineering, LLC for Township Engineer services, in an amount …"
  /\bawarded (?:a |the )?contract\b.{0,120}? to [A-Z].{1,90}? for (?:the )?(.{4,160}?)(?:,? in (?:an|the) (?:amount|sum)\b|[.;](?:\s|$))/,
  // "moved to award the bid for the Courthouse HVAC Replacement to Summit Mechanical LLC"
  /\baward (?:the )?(?:bid|contract|proposal|quote) for (?:the )?(.{4,160}?) to (?:the )?[A-Z]/,
];
// "RFQ-26-211": a kind's letters joined to the code by a hyphen are part of it (looked ahead, so one group)
export const NUMBER_PROSE =
  /\b(?:(?=(?:RFP|RFQ|RFB|IFB|ITB|RFT)-\d)|(?:(?:Bid|RFP|RFQ|RFB|IFB|ITB|RFT|NIT|CIP|Solicitation|Project|Contract|Tender|Resolution|Job|Proposal|Quotation)\s*(?:No\.?|Number|#|Package(?:\s*No\.?)?|Ref(?:erence)?\.?(?:\s*No\.?)?)|reference(?: number| no\.?)?|RFP|RFQ|RFB|IFB|ITB|RFT|NIT|Bid(?=\s+\d{2,4}-\d))\s*[:#-]?\s*(?=\S*\d))([A-Z0-9][A-Z0-9\-/.]{0,30}[A-Z0-9])/i;
export const DEADLINE_PROSE =
  /\b(?:bids|proposals|tenders|offers|quotes|quotations|responses|submissions|applications|statements of (?:qualifications|interest)|SOQs|qualifications|expressions of interest|EOIs)\b.{0,200}?\b(?:received|due|submitted|deadline|no later than|until|before|close)|\b(?:closing|due|deadline|last) (?:date|time)(?: and time)? for (?:the )?(?:receipt of |submission of )?(?:bids|tenders|proposals|offers|quotations)/i;
export const NOT_DEADLINE = /pre-?bid|walk-?through|site visit|questions|inquiries|will be available|may be obtained/i;
export const BUDGET_PROSE =
  /\b(?:estimated?|engineer'?s estimate|budget(?:ed)?|project cost|estimated (?:cost|value|amount))\b[^.$£€\d]{0,40}/i;
export const WINNER_PROSE = new RegExp(
  `(?:^(?:The )?${ORG} (?:was|has been|is) (?:hereby )?awarded (?:the|a) contract\\b|\\b(?:approve|execute|enter into|award)(?:s|d|ing)? (?:a |the |an )?(?:contract|agreement) with\\s+${ORG}\\s+(?:for|in the amount)\\b|\\b(?:(?:approve|accept)(?:s|d|ing)? the (?:low(?:est)? )?(?:bid|proposal|quote|quotation) (?:from|of|submitted by)\\s+${ORG}\\s+for\\b|award(?:s|ed|ing)?\\s+(?:of\\s+)?(?:a\\s+|the\\s+)?(?:contract\\s+)?(?:(?:for\\s+)?.{3,160}?\\s+)?to\\s+(?:the\\s+)?${ORG}(?:,|\\.|;|\\s+(?:in|for|at)\\s+(?:the\\s+)?(?:amount|sum|total|price|a\\s+(?:total\\s+)?cost)|\\s+as\\b|\\s+of\\s+[A-Z]|$)))`,
);
export const AWARD_AMOUNT_PROSE =
  /(?:in the (?:total )?amount of|in an amount (?:of|not to exceed)|for an? (?:annual |total |estimated )?amount of|for the (?:total )?sum of|at a (?:total )?(?:cost|price) of|for a total of|contract (?:value|amount|price) of)\s*(.{1,30})/i;
