import { WENT_EN } from "./detect-interaction-kind";
import type { IntentCue } from "./intent-cue";
import { MONEY_EN_CUES } from "./intent-cues-money-en";
import { WEEK_EN_CUES } from "./intent-cues-week-en";

/** English cue words per intent, matched case-insensitively; weights as in the Chinese table. */
export const EN_CUES: IntentCue[] = [
  {
    intent: "find_accounts",
    name: "list-accounts",
    re: /\b(list|show|find|search|which|filter|all|top|biggest|largest|rank|sort)\b.{0,30}\b(accounts?|customers?|clients?|hospitals)\b/i,
    weight: 2,
  },
  {
    intent: "find_accounts",
    name: "my-accounts",
    re: /\bmy (key |strategic |top |biggest |tier [sabc] )?accounts\b/i,
    weight: 1.5,
  },
  {
    intent: "find_accounts",
    name: "tier-accounts",
    re: /\b(tier|class)[- ]?[sabc]\b.{0,15}accounts|(?<!')\b[sabc][- ]tier\b/i,
    weight: 1.5,
  },
  { intent: "find_accounts", name: "accounts-in", re: /\baccounts? (in|from)\b/i, weight: 1 },
  {
    intent: "account_overview",
    name: "tell-me-about",
    re: /\btell me about\b|\boverview\b|\b360\b|\bprofile\b|\bwhat do (we|you) know about\b|\bsummar(y|ise|ize)\b|\bintroduce\b|\bdetails\b/i,
    weight: 2,
  },
  {
    // Our rep on the account: the overview names its owner.
    intent: "account_overview",
    name: "owner",
    re: /\bwho owns (it|this|that|them|the account)\b|\bwhose (account|customer|client) is\b|\baccount owner\b|\bwhich rep\b|\bwho covers (it|them|this account)\b/i,
    weight: 4,
  },
  {
    intent: "account_overview",
    name: "hierarchy",
    re: /\bsubsidiar(y|ies)\b|\bmember hospitals\b|\b(companies|plants|factories|entities|members|units|businesses)\b.{0,16}\b(sit|are|fall)? ?(under|beneath|below)\b|\b(hospitals|companies|sites) (under|in|of) (the|this|that|its)? ?group\b|\bgroup structure\b/i,
    weight: 2.5,
  },
  // One deal's stage or rival: the overview lists each deal with its stage and competitor.
  {
    intent: "account_overview",
    name: "deal-detail",
    re: /\b(deal|opportunity|project|bid)\b.{0,30}\b(what|which) stage\b|\b(what|which) stage\b.{0,30}\b(deal|opportunity|project|bid)\b|\b(deal|opportunity|project|bid)\b.{0,30}\b(who'?s|who is|who are) (the )?(competitors?|rivals?)\b|\b(who'?s|who is|who are) (the )?(competitors?|rivals?)\b.{0,30}\b(deal|opportunity|project|bid)\b|\bup against\b/i,
    weight: 3.5,
  },
  {
    intent: "account_overview",
    name: "how-is",
    re: /\bhow('s| is| are)\b.{0,40}\b(doing|going|looking)\b|\bstatus of\b|\bwhat's up with\b|^[^?]{2,40}\bstatus\??$/i,
    weight: 1.5,
  },
  {
    intent: "explain_score",
    name: "why-tier",
    re: /\bwhy\b.{0,40}\b(tier|rated|scored|ranked|graded|an? [sabc]\b)|\bwhy\b.{0,12}\b(so |that |this )?(low|high|poor|weak)\b/i,
    weight: 3,
  },
  {
    intent: "explain_score",
    name: "tier-why",
    re: /\b(tier|rank|grade|rating)\b.{0,20}\bwhy\b|\bwhat('s| is) .{0,20}\btier\b/i,
    weight: 2.5,
  },
  {
    intent: "explain_score",
    name: "score",
    re: /\bscores?\b|\bscoring\b|\bscorecard\b|\brating\b|\bwhat tier\b/i,
    weight: 2.5,
  },
  // "and tier B?" names a filter; "tier" alone ("its tier?") asks about the score.
  { intent: "explain_score", name: "tier", re: /\btier\b(?![- ]?[sabc]\b)/i, weight: 1.5 },
  { intent: "compare_accounts", name: "which-of-two", re: /◆.*◆.*\bwhich\b|\bwhich\b.*◆.*◆/i, weight: 3 },
  {
    intent: "compare_accounts",
    name: "which-best",
    re: /\bwhich (one |of (these|those|them) )?(is|are|has|looks)? ?(the )?(best|most (promising|valuable|important)|worth|biggest|strongest)\b/i,
    weight: 3,
  },
  {
    intent: "compare_accounts",
    name: "compare",
    re: /\bcompare\b|\bcomparison\b|\bversus\b|\bvs\b\.?|\bdifference between\b|\bside by side\b/i,
    weight: 3,
  },
  {
    intent: "at_risk_accounts",
    name: "risk",
    re: /\b(owes?|owing) us\b|\bpast due\b|\boverdue (on )?(invoices?|payments?|receivables?|bills?)\b|\b(payments?|invoices?|bills?) (are |is )?(overdue|late|past due)\b|\bpaid late\b|\bunpaid\b|\blate pay(ment|ers?)\b|\bat[- ]risk\b|\brisks?\b|\brisky\b|\bslipping\b|\bchurn(ing)?\b|\bdeclining\b|\blosing\b|\bin danger\b|\btrouble\b|\bstruggling\b|\bproblems?\b|\bhaven't (ordered|bought|purchased)\b|\bno orders\b|\binactive\b|\bdormant\b|\b(gone|going|went) (quiet|cold|dark)\b|\bwarning signs?\b|\bred flags?\b/i,
    weight: 2.5,
  },
  {
    intent: "at_risk_accounts",
    name: "owed",
    // Money owed is one signal asked about: it outweighs a plain "which of my accounts" list.
    re: /\b(owes?|owing) us\b|\bpast due\b|\boverdue (on )?(invoices?|payments?|receivables?|bills?)\b|\b(payments?|invoices?|bills?) (are |is )?(overdue|late|past due)\b|\bpaid late\b|\blate pay(ment|ers?)\b/i,
    weight: 2,
  },
  {
    intent: "at_risk_accounts",
    name: "most-at-risk",
    re: /\b(most|highest|biggest|greatest) (at[- ]risk|risk|churn risk)\b|\bmost likely to (churn|leave)\b/i,
    weight: 4,
  },
  {
    intent: "at_risk_accounts",
    name: "which-at-risk",
    re: /\bwhich\b.{0,30}\b(risk|slipping|churn|declin|losing)/i,
    weight: 1,
  },
  {
    // "anyone i should worry about", "which accounts should i be worried about".
    intent: "at_risk_accounts",
    name: "worry",
    re: /\b(anyone|anybody|anything|who|which (accounts?|customers?|clients?|ones?))\b.{0,24}\b(worr(y|ied)|concerned|nervous)\b/i,
    weight: 3,
  },
  {
    intent: "power_map",
    name: "decision-chain",
    re: /\bdecision[- ]makers?\b|\bdecision chain\b|\bpower map\b|\bkey (people|contacts|stakeholders)\b|\bstakeholders?\b|\borg chart\b|\bchampions?\b|\bblockers?\b|\brelationship map\b|\bwho (decides|signs)\b|\bcalls? the shots\b|\bwho makes the (call|decision|final call|final decision)\b|\b(has|got|gets|have) the (final|last) (say|word)\b|\bwho'?s? in charge\b|\bcontacts\b|\b(main |key |our )?contact (person|people|list)\b|\bpoint of contact\b|\bwho('s| is) our (main |key )?contact\b|\bwho (do|did) (we|i) know\b|\bwho we know\b|\bwho'?s who\b|\bmap (out|of)\b/i,
    weight: 3,
  },
  {
    intent: "power_map",
    name: "whom",
    re: /\bwho (should|do|can|must) (i|we) (meet|contact|talk|call|see|approach|reach)|\bwho to (meet|contact|talk|call|see|approach)\b|\bthrough whom\b|\bwho('s| is)? (blocking|backing|supporting|opposing|against|resisting|stalling) us\b|\bwho('s| is) (in the way|the obstacle|standing in our way|against us)\b|\bwho (supports|opposes|backs) us\b|\bon our side\b/i,
    weight: 3,
  },
  // "what does he think of us", "is she close to Boyue", "who can introduce us": stance and ties, from the power map.
  {
    intent: "power_map",
    name: "stance",
    // "who could get me a meeting with that guy", "who can get me in front of him", "connect me with her": an introduction.
    re: /\bthinks? (of|about) us\b|\bfeels? about us\b|\bstance\b|\b(close|closest|closer|nearest|tight) (to|with)\b|\bintroduce\b|\bon (our|their) side\b|\bget (me|us) (a meeting|a meet|in front of|in to see|an intro|introduced|access)\b|\bintro(duction)? to (him|her|them)\b|\bconnect (me|us) (with|to)\b|\bput (me|us) in touch\b/i,
    weight: 2.5,
  },
  // "who handles procurement at X", "and the CIO?", "their IT manager?": a role at the account.
  {
    // "who owns Red Sea Sun Power", "whose account is RSSP": which of our reps owns the account (its overview says).
    intent: "account_overview",
    name: "owner-en",
    re: /\bwho owns\s*◆|\bwhose (account|customer|client) is\b|\b◆('s)? (account )?owner\b|\bwho('s| is) the (account )?owner\b|\bwhich rep\b.{0,20}◆|◆.{0,20}\bwhich rep\b|\bwho (covers|handles|has|runs) (the )?◆\s*(account)?\s*[?.!]*\s*$/i,
    weight: 4,
  },
  {
    intent: "power_map",
    name: "role-ask",
    re: /\bwho (handles|runs|heads|leads|manages|owns|signs|approves|is in charge|is responsible)\b|\bwho('s| is) (the|their|its) ([a-z]+ )?(head|chief|director|boss|lead)\b|\bwho('s| is) (the|their|its) (chairman|chairwoman|ceo|cio|cfo|cto|coo|gm|general manager|president|boss|buyer|head of [a-z]+|it (manager|director|head|guy))\b|^(and |what about |how about )?(the |their |its )?(cio|cto|cfo|ceo|coo|it (manager|director|head|lead)|procurement( (manager|head|lead|director))?|purchasing( manager)?|buyer|gm|general manager|chairman|president|head of [a-z]+)\s*(there|then|at ◆)?\s*[?.!]*$/i,
    weight: 3,
  },
  {
    intent: "power_map",
    name: "next-steps",
    re: /\bnext steps?\b|\bwhat should (we|i) do( next)?\b|\bhow (do|should|can) (we|i) (move|push|get) (forward|ahead|in)\b|\bwhere (do|should) (we|i) start\b|\bhow (should|do|can|would) (i|we) approach\b/i,
    weight: 3,
  },
  // "who owns the actions on the jianghai bridge plan": an account plan's actions and their owners.
  {
    intent: "show_plan",
    name: "plan-actions",
    re: /\bactions?\b.{0,20}\bplan\b|\bplan'?s? (actions|owners)\b|\bwho owns (the |each )?(actions?|steps?)\b/i,
    weight: 4,
  },
  // "which stage now, competitor who": where the account's deal stands, read from its overview.
  {
    intent: "account_overview",
    name: "deal-status",
    re: /\bhow big\b|\bdeal size\b|\b(which|what) stage\b|\bstage now\b|\bwhere (are we|is it|does it stand) (with|on) (the|that|this) (deal|opp)\b|\b(competitor|rival) who\b|\bwho('s| is) the (competitor|rival)\b/i,
    weight: 3,
  },
  { intent: "power_map", name: "influence", re: /\binfluenc(e|es|er|ers)\b|\bdecisions?\b/i, weight: 2 },
  {
    intent: "generate_plan",
    name: "make-plan",
    // "plan pls, build one": the plan asked for, then made.
    re: /\b(write|create|generate|draft|make|build|prepare|produce|redo|regenerate|put together|come up with|draw up|work out)\b.{0,25}\bplan\b|\bplan\b.{0,20}\b(write|create|generate|draft|make|build|prepare|produce) (one|a new one|it)\b/i,
    weight: 3.5,
  },
  {
    intent: "generate_plan",
    name: "new-one",
    re: /\b(draft|write|create|generate|make|build|prepare|redo|regenerate)\b.{0,12}\b(new|fresh|another|updated) (one|version|draft)\b/i,
    weight: 2.5,
  },
  { intent: "show_plan", name: "plan", re: /\bplans?\b/i, weight: 2 },
  { intent: "show_plan", name: "see-plan", re: /\b(show|see|open|view|display)\b.{0,20}\bplan\b/i, weight: 0.5 },
  {
    intent: "forecast",
    name: "forecast",
    re: /\bforecasts?\b|\bgap\b|\bpipeline\b|\bquota\b|\btarget\b|\bcommit\b|\bprojections?\b|\bwill (we|i) hit\b/i,
    weight: 3,
  },
  { intent: "forecast", name: "opportunity", re: /\bopportunit(y|ies)\b|\bdeals?\b/i, weight: 2 },
  {
    intent: "competitor_deals",
    name: "rival-deals",
    re: /\b(deals?|opportunit(y|ies)|bids?)\b.{0,20}\b(lost|lose) (to|against)\b|\b(deals?|opportunit(y|ies)|bids?) (we )?lost\b.{0,30}\b(to whom|who (took|won|got) (them|it)|which (competitors?|rivals?|vendors?))|\blosses\b.{0,40}\b(deals?|competitors?|rivals?|who|which)\b|\b(deals?|opportunit(y|ies)|bids?)\b.{0,12}\b(we|i) (lost|lose|have lost|didn't win)\b|\blost (deals|opportunities|bids)\b|\blost (deal|opportunity|bid)s? (this|last|so far)\b|\bwh?at (did|have) (we|i) (lose|lost)\b|\b(deals?|what) (we|i) (lost|have lost)\b|\b(lost|lose) (to|against)\b.{0,30}\b(deals?|opportunit(y|ies)|this year|so far)\b|\bwhich (deals?|opportunit(y|ies))\b.{0,40}\b(compet\w*|rivals?|up against|fighting)\b|\b(competing|fighting) (with|against) us\b|\bwhere (are|do|have) (we|i) (been )?(run|running|ran|bump|bumping|bumped|come|coming) (into|up against|across)\b|\bwhere (are|is) [^?]{1,30} (competing|up against us)\b|\b(which|what|list( the| our| my)?) (deals?|opportunit(y|ies))\b.{0,12}\b(against|vs\.?|versus)\b|\b(took|take|taken|stole|steal|snatched|grabbed)\b.{0,20}\b(off|from) (us|me)\b/i,
    weight: 4,
  },
  ...MONEY_EN_CUES,
  {
    // "Bursa Machine Tools - any news", "anything new at X": what happened at an account lately.
    intent: "account_timeline",
    name: "any-news",
    re: /\b(any|anything|latest|recent) (news|updates?)\b|\banything new\b/i,
    weight: 2.5,
  },
  {
    // "what's new with my tenders": news of the tenders, not an account's timeline.
    intent: "tender_matches",
    name: "tender-news",
    re: /\bwhat'?s new (with|on|in) (my |our |the )?(tenders?|bids?|rfps?)\b|\b(new|latest|recent) (tenders?|bids?|rfps?)\b/i,
    weight: 5,
  },
  {
    intent: "tender_matches",
    name: "tender",
    re: /\btenders?\b|\bbids?\b|\bprocurement intentions?\b|\bpurchase intentions?\b|\bwho won (it|the|that|this)\b|\bwho (got|took|was awarded|landed|bagged)\b.{0,60}\b(job|contract|project|tender|bid|order|award)\b|\bbidding\b|\brfps?\b|\brfqs?\b|\bprocurement notices?\b|\bcontract notices?\b|\b(bid|submission) (due|deadline)\b|\b(qualification|eligibility) (requirements|criteria)\b|\b(bid bond|bid security|payment terms|evaluation criteria|site visit|pre-bid meeting|ceiling price)\b|\b(procurement|tender|bidding|government purchasing) (sites?|portals?|websites?|platforms?)\b/i,
    weight: 3,
  },
  {
    intent: "portfolio_kpis",
    name: "kpi",
    re: /\bkpis?\b|\bportfolio\b|\brevenue share\b|\bshare of (my |our |the )?(revenue|sales)\b|\b(revenue|sales)\b.{0,30}\bkey[- ]accounts?\b|\bkey[- ]accounts?\b.{0,30}\b(revenue|sales|bring in|brought in|contribut)|\bconcentrat(ed|ion)\b|\brevenue mix\b|\bkey[- ]account revenue\b/i,
    weight: 3,
  },
  {
    intent: "briefing_preview",
    name: "briefing",
    re: /\bbriefing\b|\bweekly (summary|digest|report|update)\b|\bdigest\b/i,
    weight: 4,
  },
  { intent: "save_plan", name: "save", re: /\bsave\b|\bkeep this\b|\bstore (it|this)\b/i, weight: 4 },
  {
    intent: "add_action",
    name: "add-action",
    re: /\badd\b.{0,25}\b(action|task|to[- ]?do|follow-?up|reminder|next step)\b|\bremind me\b|\b(ping|nudge|buzz) me\b|\b(put|add) (it|this|that) (on|to) my (list|to[- ]?dos?|calendar|tasks)\b|\bdon'?t let me forget\b|\bset (a|up a) reminder\b|\breminder to\b|\breminder\s*[:：–-]\s*\w|\bnew (action|task)\b|\b(create|schedule) (an? )?(action|task|follow-?up)\b|\bset (a|an|up an?|me an?) (task|action|to-?do|follow-?up)\b|\b(task|to-?do|reminder) for (tomorrow|today|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next)|^\s*(todo|to-?do|task|reminder)\s*[:：–-]+\s*\w|^\s*(tomorrow|tmrw?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?\d{1,2}|\d{1,2}[/.]\d{1,2})\s*[:：–-]+\s*(need to |have to |must |gotta )?(send|call|ring|visit|e-?mail|follow up|meet|submit|deliver|prepare|bring|check|chase|draft|quote|drop|grab|get|pick up|collect|buy)\b/i,
    weight: 5,
  },
  {
    // "add a visit next Tuesday", "schedule a call with Dr. Chen", "set up a meeting with their CIO": a planned
    // contact is an action to do (a past one logged is an interaction; futureLogIsAction moves dated logs here).
    intent: "add_action",
    name: "plan-contact",
    re: /\b(add|schedule|book|set up|plan|put in|arrange)\b (an? |another |one more |the )?(visit|call|meeting|dinner|lunch|demo|site visit|check-?in)\b/i,
    weight: 4,
  },
  {
    intent: "log_interaction",
    name: "log",
    re: /\blog\b|\brecord\b|\bnote (that|down)\b|^note\s*:|\bjot\b|\b(add|put) (it |this |that )?(to|on|in|into) (the |its )?(timeline|history|crm|activity)\b|\bput (that|it|this) (in|down)\b/i,
    weight: 4,
  },
  {
    intent: "log_interaction",
    name: "did",
    // Not a question about what happened ("what did Xue ask for when we met him in sept").
    re: new RegExp(
      String.raw`^(?!\s*(what|whats|when|where|why|how|who|which|did|do|does)\b).*?(?:(\b(i|we) |^)(just )?(met|called|visited|emailed|spoke|talked|had (a|an) (call|meeting|visit|dinner))\b|\bgot off (a|the) (call|phone)\b|\b(just )?(finished|wrapped up) (a|the|our|my) (call|meeting|visit)\b|\bcame back from\b|\bafter (the|our) (call|meeting|visit)\b|${WENT_EN})`,
      "i",
    ),
    weight: 2,
  },
  {
    intent: "help",
    name: "greeting-only",
    re: /^(hi|hello|hey|hiya|good (morning|afternoon|evening))[!.,\s]*$/i,
    weight: 3,
  },
  {
    intent: "help",
    name: "what-can-you-do",
    re: /\bwhat can you do\b|\bhow (do|can) i use (you|this)\b|\bwho are you\b|\bwhat are you\b/i,
    weight: 4,
  },
  { intent: "help", name: "help", re: /\bhelp\b|\b(hi|hello|hey)\b/i, weight: 0.5 },
  {
    intent: "out_of_scope",
    name: "unrelated",
    re: /\b(write|draft|compose)\b.{0,16}\b(e-?mails?|letters?|messages?|texts?|wechat)\b|\bweather\b|\b(going to|gonna|will it) (rain|snow)\b|\b(exchange|fx|currency|forex) rates?\b|\b(ringgit|dollars?|usd|euros?|yen|rupees?|baht|pesos?|yuan|rmb)\b.{0,30}\brates?\b|\bjokes?\b|\bpoem\b|\brecipe\b|\bwrite (me )?(a |an |some )?(python|javascript|code|program|script)\b|\b(python|javascript|typescript|java|sql|bash|shell|excel vba|vba)\s+(script|code|program|function|macro)s?\b|\b(scrape|scraper|scraping|crawl|crawler|web ?spider)\b|\bfootball\b|\bsoccer\b|\bmovies?\b|\bstock (price|market|tips?)\b|\bstocks\b|\bbitcoin\b|\bcrypto(currency)?\b|\btranslate\b|\bhoroscope\b|\blottery\b|\bworld cup\b|\bsports?\b|(?<!\b(any|anything|what'?s|latest|recent)\s)\bnews\b|\bflights?\b|\b(book|reserve|find|get)( me)? (a |an )?(hotel|room)\b|\bhotel (booking|reservation|room)s?\b|\bbook (me )?(a |an )?(train|taxi|cab|uber|ticket|table)\b|\b(train|bus) tickets?\b|\brestaurants?\b|\btravel\b|\bvacation\b|\bsongs?\b|\bmusic\b|\d+\s*[+*×÷]\s*\d+|\d+\s+\/\s+\d+/i,
    weight: 4,
  },
  ...WEEK_EN_CUES,
];
