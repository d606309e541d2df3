import { UMB_DOCUMENT_WORKSPACE_CONTEXT as ai, UmbDocumentItemRepository as si, UmbDocumentDetailRepository as oi, UmbDocumentTreeRepository as ri, UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN as li, UMB_DOCUMENT_ENTITY_TYPE as ci } from "@umbraco-cms/backoffice/document";
import { css as B, nothing as u, html as r, property as c, customElement as I, repeat as Ie, state as _ } from "@umbraco-cms/backoffice/external/lit";
import { UmbLitElement as N } from "@umbraco-cms/backoffice/lit-element";
import { observeMultiple as pt } from "@umbraco-cms/backoffice/observable-api";
import { UmbTextStyles as te } from "@umbraco-cms/backoffice/style";
import { UMB_BLOCK_MANAGER_CONTEXT as ui } from "@umbraco-cms/backoffice/block";
import { DocumentVariantStateModel as tt } from "@umbraco-cms/backoffice/external/backend-api";
const U = (e, t, i) => `${e} ${e === 1 ? t : i}`, ft = {
  clinickit: {
    claimsTab: "Claims",
    clinicsDashboard: "Clinics",
    claimsAudit: "Claims audit",
    claimsInArticle: "Claims in this article",
    claimsInLibraryArticle: (e) => `Claims in the library article "${e}"`,
    claimCount: (e) => U(e, "claim", "claims"),
    citationCount: (e) => U(e, "source cited", "sources cited"),
    errorCount: (e) => U(e, "error", "errors"),
    warningCount: (e) => U(e, "warning", "warnings"),
    noProblems: "No problems found",
    noClaims: "This article has no claim blocks yet. Add a Claim block to the body to make a medical claim with its sources.",
    loading: "Checking claims…",
    columnNumber: "No.",
    columnClaim: "Claim",
    columnSources: "Sources",
    columnEvidence: "Evidence",
    columnProblems: "What needs fixing",
    columnActions: "Actions",
    claimNumber: (e) => `Claim ${e}`,
    qualifier: "Qualifier",
    noSources: "No sources picked",
    noEvidence: "Not set",
    goToBlock: "Go to block",
    goToBlockLabel: (e) => `Go to block of claim ${e}`,
    openInLibrary: "Open in library",
    plainTextStatements: "Medical statements outside claim blocks",
    plainTextIntro: "These sentences in text blocks make a medical claim without a source. Make each one a claim and pick its source, or reword it so it claims nothing.",
    plainTextWhere: (e, t) => `Text block ${e} · ${t}`,
    makeClaim: "Make this a claim",
    makeClaimLabel: (e) => `Make this a claim: ${e}`,
    makeClaimByHand: "The sentence spans formatting in the text; move it into a claim block by hand.",
    goToTextBlockLabel: (e) => `Go to text block ${e}`,
    openInLibraryLabel: (e) => `Open in library: claim ${e}`,
    stateUnpublished: "Not published",
    stateTrashed: "In recycle bin",
    stateMissing: "Does not exist",
    deletedCitation: "A citation that was deleted",
    fixCK0304: "Write the statement this claim makes.",
    fixCK0301: "Pick at least one source from the citation library.",
    fixCK0302: "A citation that was deleted is still picked: remove it from the sources, or pick another source.",
    fixCK0303: (e) => `Publish "${e}", or pick a published source instead.`,
    fixCK0306: "Choose a claim type and an evidence strength.",
    fixCK0305: "Add a qualifier that says what the limited evidence can and cannot show.",
    fixCK0310: (e) => `The medical review was due on ${e}. Review the article and record the new review dates.`,
    fixCK0311: "Record who medically reviewed this article, and when.",
    reviewedBy: (e, t) => `Medically reviewed by ${e} on ${t}`,
    reviewNotRecorded: "No medical review recorded",
    demoReviewer: "(demo reviewer: not ready to publish, CK0421)",
    nextReviewDue: (e) => `Next review due ${e}`,
    reviewOverdue: "Review overdue",
    pickArticleFirst: "This clinic page does not pick a library article yet.",
    citationsLabel: "Sources",
    problemCount: (e) => U(e, "problem", "problems"),
    ctaLabel: "Call to action",
    ctaTokensHint: "Clinic tokens are filled in for each clinic when the page is shown.",
    ctaToken: (e) => `Clinic token ${e}`,
    ctaNoLink: "No link picked",
    ctaLinksTo: "Links to",
    clinicsIntro: "Each clinic site reuses articles from the shared library. A change to a library article shows on every clinic listed with it.",
    clinicsSummary: (e, t) => `${U(e, "clinic site", "clinic sites")} · ${U(t, "library article", "library articles")} reused`,
    noClinics: "There are no clinic sites yet.",
    clinicNoArticles: "This clinic shows no library articles yet.",
    columnLibraryArticle: "Library article",
    columnClinicPage: "On this clinic",
    openClinicPage: "Edit clinic page",
    openClinicPageLabel: (e) => `Edit clinic page: ${e}`,
    shownAs: (e) => `Shown as "${e}"`,
    columnLastReviewed: "Last reviewed",
    columnNextReview: "Next review due",
    columnAudit: "Audit",
    columnAlsoUsedBy: "Also used by",
    notPicked: "No article picked",
    notSet: "Not set",
    onlyThisClinic: "Only this clinic",
    openClinic: "Open clinic",
    openClinicLabel: (e) => `Open clinic ${e}`,
    loadFailed: "Could not load the data."
  }
}, M = {
  article: { alias: "clinicKitArticle", key: "c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3" },
  clinicSite: { alias: "clinicKitClinicSite", key: "e80c0bdb-a856-48a4-9a32-5182310aed56" },
  clinicArticle: { alias: "clinicKitClinicArticle", key: "e65efc5c-eb04-4012-a6c7-68d568dc80e1" },
  claimBlock: { alias: "clinicKitClaimBlock", key: "d40032df-5b93-4a26-a1dd-b407cf0954cf" },
  ctaBlock: { alias: "clinicKitCtaBlock", key: "7174234c-2e60-4103-8fa9-e8b8e205c168" },
  reviewer: { alias: "clinicKitReviewer", key: "33ec2654-9792-4e5a-8065-b411a226c1dd" }
}, f = {
  title: "title",
  body: "body",
  reviewedBy: "reviewedBy",
  isDemo: "isDemo",
  treatment: "treatment",
  lastReviewed: "lastReviewed",
  nextReviewDue: "nextReviewDue",
  article: "article",
  clinicName: "clinicName",
  authors: "authors",
  publication: "publication",
  year: "year",
  heading: "heading",
  buttonLabel: "buttonLabel",
  link: "link",
  style: "style"
}, di = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g, Ne = "clinickit-claims", hi = {
  type: "workspaceView",
  alias: "ClinicKit.WorkspaceView.Claims",
  name: "ClinicKit Claims workspace view",
  element: () => Promise.resolve().then(() => In),
  // After Umbraco's Content (200) and before Info (100).
  weight: 150,
  meta: {
    label: "#clinickit_claimsTab",
    pathname: Ne,
    icon: "icon-document-medal"
  },
  conditions: [
    { alias: "Umb.Condition.WorkspaceAlias", match: "Umb.Workspace.Document" },
    {
      alias: "Umb.Condition.WorkspaceContentTypeAlias",
      oneOf: [M.article.alias, M.clinicArticle.alias]
    }
  ]
}, mi = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Claim",
  name: "ClinicKit claim block preview",
  element: () => Promise.resolve().then(() => Vn),
  forContentTypeAlias: M.claimBlock.alias,
  forBlockEditor: "block-list"
}, pi = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Cta",
  name: "ClinicKit call-to-action block preview",
  element: () => Promise.resolve().then(() => Xn),
  forContentTypeAlias: M.ctaBlock.alias,
  forBlockEditor: "block-list"
}, fi = {
  type: "dashboard",
  alias: "ClinicKit.Dashboard.Clinics",
  name: "ClinicKit Clinics dashboard",
  element: () => Promise.resolve().then(() => da),
  weight: 15,
  meta: {
    label: "#clinickit_clinicsDashboard",
    pathname: "clinickit-clinics"
  },
  conditions: [{ alias: "Umb.Condition.SectionAlias", match: "Umb.Section.Content" }]
}, yi = {
  type: "localization",
  alias: "ClinicKit.Localization.EnUs",
  name: "ClinicKit English (United States)",
  meta: {
    culture: "en-US",
    localizations: ft
  }
}, bi = {
  type: "localization",
  alias: "ClinicKit.Localization.En",
  name: "ClinicKit English (fallback)",
  meta: {
    culture: "en",
    localizations: ft
  }
}, $a = [
  yi,
  bi,
  hi,
  mi,
  pi,
  fi
], gi = { elementTypeKey: "d40032df-5b93-4a26-a1dd-b407cf0954cf", properties: { statement: "statement", citations: "citations", claimType: "claimType", evidenceStrength: "evidenceStrength", qualifier: "qualifier" } }, wi = { elementTypeKey: "5afe1b10-c15a-4e7d-9b3e-2f1a6c0d4e15", sections: ["whoShouldNotHaveIt", "risks", "monitoring"] }, vi = "Regulatory", ki = ["Small or early clinical study", "Animal or laboratory study", "Expert review or guidance"], _i = 60, $i = [{ code: "CK0304", severity: "error", message: "{claim} has no statement." }, { code: "CK0301", severity: "error", message: "{claim} cites no source." }, { code: "CK0302", severity: "error", message: "{claim} cites {citation}, which does not exist." }, { code: "CK0303", severity: "error", message: '{claim} cites "{citation}", which is not published.' }, { code: "CK0306", severity: "warning", message: "{claim} has no claim type or evidence strength." }, { code: "CK0305", severity: "warning", message: "{claim} rests on limited evidence and has no qualifier." }], Ci = [{ code: "CK0320", severity: "error", message: "This article discusses {treatment} but has no important safety information (a safety block with at least one point)." }, { code: "CK0321", severity: "error", message: "This article discusses {treatment} but no claim states its regulatory status (claim type Regulatory)." }], Ti = [{ code: "CK0310", severity: "warning", message: "The medical review was due on {due} and is overdue." }, { code: "CK0311", severity: "warning", message: "This article makes claims but records no medical review." }], k = {
  claimBlock: gi,
  safetyBlock: wi,
  regulatoryClaimType: vi,
  limitedEvidence: ki,
  statementPreviewLength: _i,
  claimRules: $i,
  treatmentRules: Ci,
  reviewRules: Ti
}, ge = "Umbraco.BlockList";
function Se(e) {
  const t = xi(e);
  if (!t) return [];
  const i = Array.isArray(t.contentData) ? t.contentData.filter(Ki) : [], n = /* @__PURE__ */ new Map();
  for (const s of i) {
    const o = s.key.toLowerCase();
    n.has(o) || n.set(o, s);
  }
  const a = [];
  for (const s of zi(t)) {
    const o = n.get(s.toLowerCase());
    o && a.push(o);
  }
  return a;
}
function W(e, t) {
  return e.values.find(
    (n) => h(n) && n.alias === t && n.culture == null && n.segment == null
  )?.value;
}
function xi(e) {
  let t = e;
  if (typeof t == "string") {
    if (t.trim() === "") return;
    try {
      t = JSON.parse(t);
    } catch {
      return;
    }
  }
  return h(t) ? t : void 0;
}
function zi(e) {
  const t = "Layout" in e ? "Layout" : Object.keys(e).find((a) => a.toLowerCase() === "layout"), i = t ? e[t] : void 0;
  if (!h(i)) return [];
  const n = i[ge];
  return Array.isArray(n) ? n.map((a) => h(a) && typeof a.contentKey == "string" ? a.contentKey : void 0).filter((a) => a !== void 0) : [];
}
function Ki(e) {
  return h(e) && typeof e.contentTypeKey == "string" && typeof e.key == "string" && Array.isArray(e.values);
}
function h(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
const Ei = { elementTypeKey: "76848c00-e446-4a0f-89b1-9a0b5a1e3731", property: "text" }, Ai = { treatment: "\\b(ketamine|esketamine|spravato|infusions?|treatments?|therap(y|ies)|medications?|medicines?|antidepressants?|drugs?|doses?|dosing|nasal spray|sprays?|series|sessions?|protocols?|programs?|programmes?|tablets?|pills?|electroconvulsive|ect|tms|psychedelics?|psilocybin|anaesthetics?|anesthetics?)\\b", condition: "\\b(depress\\w*|anxiety|ptsd|trauma\\w*|suicid\\w*|pain|symptoms?|mood|bipolar|ocd|disorders?|illness(es)?|migraines?|fibromyalgia|trd|mental health|substance use|addiction|alcohol use|insomnia)\\b", medicine: "\\b(ketamine|esketamine|spravato|infusions?|nasal spray|sprays?|medications?|medicines?|antidepressants?|drugs?|doses?|therap(y|ies)|electroconvulsive|ect|tms|psychedelics?|psilocybin|tablets?|pills?)\\b", illness: "\\\\b(depress\\\\w*|anxiety|ptsd|trauma\\\\w*|suicid\\\\w*|pain|bipolar|ocd|disorders?|illness(es)?|migraines?|fibromyalgia|trd|substance use|addiction|alcohol use|insomnia)\\\\b", people: "\\b(patients?|people|adults|participants|volunteers|individuals|clients|sufferers|americans|children|teens|veterans|those with|men|women)\\b", effect: "\\b(relief|benefits?|effects?|results?|improv\\w*|better|difference|lighter|well|hopeful|respon\\w*|remission|symptoms?|mood|antidepressant|works?|working|eas(e|es|ed|ing)|lift(s|ed)?|reliev\\w*|gains?|change)\\b", pronoun: "^(it|they|this|these|the effect|the benefit|the relief|results?)\\b" }, Si = [{ kind: "statistic", label: "statistic", claimType: "Statistic", when: [["\\b\\d+(\\.\\d+)? ?(%|per ?cent)", "@people|@condition|@treatment"], ["\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (in|out of) (every )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred)\\b", "@people|@condition|@treatment"], ["\\b\\d[\\d,.]* (million|billion|thousand)\\b", "@people|@condition"], ["\\b(more than|over|nearly|almost|about|roughly) (half|a third|a quarter|two thirds|three quarters)\\b|\\b(the )?majority of\\b|\\bmost (people|patients|adults) (with|who)\\b", "@people|@condition|@treatment"]] }, { kind: "onset", label: "how soon it works", claimType: "Onset", when: [["\\b(within|in|after|by|before the end of) (\\w+ ){0,3}(minutes?|hours?|days?|weeks?)\\b|\\b(within|in|after|by|before the end of) (a|an|one|two|three|four|five|six|the first|the second|your first|a single|just one|only one|a few|several|\\d+)( \\w+){0,2} (sessions?|infusions?|treatments?|doses?|visits?)\\b|\\b(immediate(ly)?|instant(ly)?|rapid(ly)?|fast[- ]acting|quick(ly|er)?|swift(ly)?|overnight|right away|same (day|afternoon|evening)|next day|by the next morning|(drive|way|ride) home|(first|second|third) (session|infusion|dose|treatment|week|visit))\\b|\\bhow (soon|quickly|fast)\\b", "@effect|@condition", "@treatment|@people|@pronoun|@condition|\\byou\\b"]] }, { kind: "durability", label: "how long results last", claimType: "Efficacy", when: [["\\b(last(s|ed|ing)?|long[- ](lasting|term)|durable|durability|sustain(s|ed)?|persist(s|ed|ent)?|wear(s)? off|wore off|fad(e|es|ed|ing)|relapse\\w*|for (weeks|months|years)|up to (a|\\d+|two|three|six) (weeks?|months?|years?)|maintenance|booster|top[- ]up|hold(s|ing)?|maintain\\w*|continue(s|d)? to (work|help|improve)|long after|(days|weeks|months) (to|or) (weeks|months|years))\\b", "@effect|@condition"], ["\\b(stay(s|ed|ing)?|remain(s|ed|ing)?|kept|keeps?) (well|better|in remission|symptom[- ]free|free of symptoms)\\b"]] }, { kind: "regulatory", label: "what a regulator approved", claimType: "Regulatory", when: [["\\b(fda|food and drug administration|ema|mhra|tga|health canada|nice|off[- ]label|schedule (i|ii|iii|iv|v|1|2|3|4|5)|controlled (substance|drug|medicine|medication)s?|rems|prescription[- ]only|dea)\\b"], ["\\b(approv\\w*|licen[cs]ed|cleared|authori[sz]ed|indicated)\\b", "@treatment|@condition"]] }, { kind: "safety", label: "safety and side effects", claimType: "Safety", when: [["\\b(not|non|no|never|low|zero|minimal|little)[- ](addictive|habit[- ]forming|risks?|risky|dangerous|harmful|side[- ]effects?|addiction)\\b"], ["\\b(side[- ]effects?|safe(ty|ly|r|st)?|well[- ]tolerated|tolera\\w*|risks?|risky|overdose|adverse|harm(less|ful)?|addict\\w*|dependen(ce|cy|t)|habit[- ]forming|misuse|abuse|dissociat\\w*|nausea|vomit\\w*|dizz\\w*|sedat\\w*|drows\\w*|blood pressure|heart rate|blood vessels?|coordination|(must|should|cannot|can't) not drive|must not drive|interact\\w*|psychosis|mania|pregnan\\w*|breastfeed\\w*|not suitable|unsuitable|not recommended|should not (be used|be given|have|take)|should be avoided|avoided by|no (known )?(downsides|drawbacks)|(recreational|long[- ]term|heavy|frequent) use)\\b", "@treatment|@pronoun|@people|\\b(it|you)\\b"]], inTextOnly: [["\\b(side[- ]effects?|adverse (effects?|events?|reactions?)|serious (reactions?|problems?|complications?|harm)|complications?|blurr\\w* vision|headaches?|overdos\\w*|contraindicat\\w*|addict\\w*|habit[- ]forming|bladder|urinary|cystitis|nause\\w*|lightheaded\\w*|vomit\\w*|hallucinat\\w*|boxed warning)\\b"]] }, { kind: "comparison", label: "comparison with other treatments", claimType: "Efficacy", when: [["\\b(more|less) \\w[^.]{0,50}\\bthan\\b|\\b(better|faster|sooner|safer|stronger|slower|worse|quicker|gentler|milder)\\b[^.]{0,50}\\bthan\\b|\\bcompared (to|with)\\b|\\bversus\\b|\\bvs\\b|\\bunlike\\b|\\bsuperior\\b|\\binferior\\b|\\boutperform\\w*|\\bas (effective|good|safe) as\\b|\\b(work\\w*|perform\\w*|does|did|do) as well as\\b|\\b(where|when|that|whom?) (other|standard|traditional|conventional|older|usual) (treatments?|antidepressants?|medications?|medicines?|options|pills|therapies|drugs) (fail\\w*|leave|left|did not|didn't|have not|haven't|do not|don't|could not|couldn't|cannot|can't)\\b|\\bbeats?\\b", "@treatment"]] }, { kind: "cure", label: "cure or guarantee", claimType: "Efficacy", when: [["\\b(cur(e|es|ed|ing)|guarantee\\w*|permanent(ly)?|miracle|100 ?%|never (come|comes|return|returns)|eliminat\\w*|eradicat\\w*|once and for all|for good|completely (gone|free)|free (of|from) (depress\\w*|pain|anxiety|symptoms)|end (your|the) (depression|pain|suffering)|reverse[sd]?|(put|puts|putting) an end to|say goodbye to|disappear\\w*|vanish\\w*|life sentence|back to normal|symptom[- ]free|no longer (suffer|struggle|live with))\\b", "@treatment|@condition|@effect"]] }, { kind: "mechanism", label: "how it works in the body", claimType: "Mechanism", inTextOnly: [["\\b(nmda|ampa|glutamate|gaba|bdnf|mtor|receptors?|neurotransmitters?|synap\\w*|neuroplastic\\w*|neurons?|serotonin|norepinephrine|dopamine|opioid system|inflammat\\w*|brain (cells?|circuits?|chemistry|connections?|networks?|regions?)|neural|rewir\\w*|regrow\\w*|default mode network|brain|circuits?|chemical messengers?|brain chemicals?|metaboli\\w*|breakdown product|byproduct|(brain|nerve|neural) connections|cortex|prefrontal|hippocamp\\w*|(hydroxy)?norketamine)\\b", "@treatment|@condition|@effect|@pronoun|\\bstress\\b"]] }, { kind: "efficacy", label: "how well it works", claimType: "Efficacy", when: [["\\b(clinically proven|proven to|scientifically (proven|shown))\\b"], ["\\b(effective(ly|ness)?|efficacy|ineffective|work(s|ed)? (for|well|better|when|in|where)|succeed\\w*|success\\w*|breakthrough|life[- ]changing|powerful|reliev\\w*|relief|improv\\w*|reduc\\w*|lower(s|ed)|remission|respon(d|ds|ded|se|ses|ders?)|benefit\\w*|eas(e|es|ed|ing)|lift(s|ed)?|alleviat\\w*|heal(s|ed|ing)?|restor\\w*|help(s|ed|ing)? (with|to|patients|people|those|many|most|you|clients|them|thousands|hundreds|countless|so many)|promis(e|es|ing)|(offer\\w*|bring\\w*|giv\\w*|new|real|renewed) hope|brighten\\w*|reclaim\\w*|regain\\w*|transform\\w*|lives? back|done well|do well|quiet(s|ed|en\\w*)|calm(s|ed)?|feel (better|lighter|well|like (yourself|themselves|themself))|treat(s|ed|ing)? (depress\\w*|anxiety|ptsd|pain|symptoms|people|patients|it|the))\\b", "@treatment|@condition|@pronoun"]], inTextOnly: [["\\b(studies|study|research|trials?|evidence|researchers|scientists|data|meta-analys[ie]s|reviews?)\\b[^.]{0,60}\\b(show\\w*|suggest\\w*|found|find\\w*|prov\\w*|demonstrat\\w*|indicat\\w*|confirm\\w*|report\\w*|support\\w*|link\\w*)\\b", "@treatment|@condition|@people|@effect"], ["@medicine", "@illness|\\b(relief|benefits?|improv\\w*|respon(d|ds|ded|se|ses|ders?)|remission|symptoms?|feel(s|ing)? (better|lighter|well|nothing)|difference|change|frees?|freed|turning point|helpful|at bay|away|act(s|ing)? (in|within|on|fast|quickly))\\b"]] }], Pi = [["\\b(call|text|dial|phone)( or (call|text))? (988|911|999|112|\\d{3}[ -.]?\\d{3})\\b"], ["\\b(crisis (line|lifeline)|hotline|helpline|emergency (room|department|services))\\b"], ['\\?["”’)]?$'], ["^(ask|ask,|ask too|find out|check with|talk (to|with)|discuss|tell (us|your)|write down|before (your|the) first)\\b"], ["^(here is|here's|here are|below|the (next|following) (section|part)s?|this (article|page|post|section|guide) (explains|covers|walks|looks|describes|sets out|is about))\\b|\\b(in|later in) this (article|post|section|guide)\\b"], ["\\b(asked|asks|asking|looked at|looks at|looking at|tested|testing|are studying|is studying|were studying|set out to (learn|find out|test))( \\w+){0,2} (whether|how|if|what|which|why)\\b"], ["^[A-Z][\\w()' -]{0,60}: (a|an|the|one) \\w+"], ["^(our|the|your) (nurses?|team|staff|clinicians?|doctors?|psychiatrists?|care team)( \\w+){0,2} (monitor|check|watch|measure|record)s?\\b"]], Oi = ["\\b\\d+(\\.\\d+)? ?(%|per ?cent)", "\\b(cur(e|es|ed|ing)|guarantee\\w*|miracle|proven|permanent(ly)?)\\b", "\\b(within|in) (minutes|hours|a day|24 hours|a few hours)\\b", "^(did you know|what if|imagine|tired of|ready to|why (wait|suffer|struggle)|isn't it|wouldn't)\\b"], Li = { code: "CK0322", severity: "warning", message: 'Text block {block} says "{sentence}" outside a claim block: a medical claim ({kind}) needs a claim block with a source, or rewording.' }, H = {
  richTextBlock: Ei,
  cues: Ai,
  kinds: Si,
  ordinaryText: Pi,
  stillClaims: Oi,
  finding: Li
}, it = H.cues;
function yt(e) {
  const t = e.replace(/@(\w+)/g, (i, n) => {
    if (!Object.prototype.hasOwnProperty.call(it, n)) throw new Error(`claim-detection.json: the pattern '${e}' names no cue '${n}'`);
    return `(?:${it[n]})`;
  });
  return new RegExp(t, "i");
}
const Pe = (e) => (e ?? []).map((t) => t.map(yt)), Di = H.kinds.map((e) => ({
  kind: e.kind,
  label: e.label,
  claimType: e.claimType,
  when: Pe("when" in e ? e.when : void 0),
  inTextOnly: Pe("inTextOnly" in e ? e.inTextOnly : void 0)
})), Bi = Pe(H.ordinaryText), Mi = H.stillClaims.map(yt), qe = H.finding, bt = H.richTextBlock.elementTypeKey.toLowerCase(), gt = H.richTextBlock.property, ze = (e) => (t) => t.every((i) => i.test(e));
function Ri(e, t = !1) {
  if (Bi.some(ze(e)) && !Mi.some((n) => n.test(e))) return null;
  const i = Di.find((n) => n.when.some(ze(e)) || !t && n.inTextOnly.some(ze(e)));
  return i ? { kind: i.kind, label: i.label, claimType: i.claimType } : null;
}
const nt = ".!?", Ii = '"”’)', Ni = '"“(', at = (e) => /\s/.test(e), st = (e) => e !== void 0 && /[A-Z0-9]/.test(e);
function qi(e) {
  const t = [], i = (s) => {
    const o = s.trim();
    o !== "" && t.push(o);
  };
  let n = 0, a = 0;
  for (; a < e.length; ) {
    if (!at(e[a])) {
      a++;
      continue;
    }
    const s = a;
    for (; a < e.length && at(e[a]); ) a++;
    const o = s >= 1 && (nt.includes(e[s - 1]) || s >= 2 && Ii.includes(e[s - 1]) && nt.includes(e[s - 2])), l = a < e.length && (st(e[a]) || Ni.includes(e[a]) && st(e[a + 1]));
    o && l && (i(e.slice(n, s)), n = a);
  }
  return i(e.slice(n)), t;
}
const Ui = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^>]*>/g, Wi = /^(p|li|h[1-6]|blockquote|div|br|ul|ol|table|tr|td|th|section|article|figcaption|dd|dt|hr)$/, ot = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…"
};
function Vi(e) {
  return e.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (t, i) => {
    if (i.startsWith("#")) {
      const n = i[1] === "x" || i[1] === "X" ? parseInt(i.slice(2), 16) : parseInt(i.slice(1), 10);
      return n > 0 && n <= 1114111 ? String.fromCodePoint(n) : t;
    }
    return Object.prototype.hasOwnProperty.call(ot, i) ? ot[i] : t;
  });
}
function Fi(e) {
  const t = [];
  let i = "", n = !1;
  const a = () => {
    const o = Vi(i).replace(/\s+/g, " ").trim();
    o !== "" && t.push({ text: o, isHeading: n }), i = "";
  };
  let s = 0;
  for (const o of e.matchAll(Ui)) {
    i += e.slice(s, o.index), s = o.index + o[0].length;
    const l = o[2].toLowerCase();
    Wi.test(l) && (a(), n = o[1] === "" && /^h[1-6]$/.test(l));
  }
  return i += e.slice(s), a(), t;
}
function wt(e) {
  if (typeof e == "string") {
    if (e.trimStart().startsWith("{"))
      try {
        return wt(JSON.parse(e));
      } catch {
      }
    return e;
  }
  return h(e) && typeof e.markup == "string" ? e.markup : "";
}
function ji(e) {
  const t = [];
  let i = 0;
  for (const n of Se(e))
    if (n.contentTypeKey.toLowerCase() === bt) {
      i++;
      for (const { text: a, isHeading: s } of Fi(wt(W(n, gt))))
        for (const o of s ? [a] : qi(a)) {
          const l = Ri(o, s);
          l && t.push({ block: i, blockKey: n.key, sentence: o, kind: l });
        }
    }
  return t;
}
const rt = { statement: "Umbraco.TextArea", claimType: "Umbraco.DropDown.Flexible" }, lt = k.claimBlock.properties, Hi = (e) => e.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), Gi = /<(p|li|h[1-6]|blockquote)>(\s|&nbsp;)*<\/\1>/gi;
function Yi(e, t) {
  for (const i of /* @__PURE__ */ new Set([Hi(t), t])) {
    const n = e.indexOf(i);
    if (n < 0) continue;
    let a = n + i.length;
    for (; a < e.length && /\s/.test(e[a]); ) a++;
    return (e.slice(0, n) + e.slice(a)).replace(/\s+(<\/)/g, "$1").replace(Gi, "");
  }
}
function Zi(e) {
  return typeof e == "string" ? e : h(e) && typeof e.markup == "string" ? e.markup : void 0;
}
function Xi(e, t) {
  return h(e) ? { ...e, markup: t } : t;
}
function Ji(e, t, i) {
  return vt(e, { blockKey: t, sentence: i, claimType: "", newKey: "probe" }) !== void 0;
}
function vt(e, t) {
  if (!h(e) || !Array.isArray(e.contentData)) return;
  const i = Object.keys(e).find((y) => y.toLowerCase() === "layout"), n = i ? e[i] : void 0, a = h(n) ? n[ge] : void 0;
  if (!i || !h(n) || !Array.isArray(a)) return;
  const s = t.blockKey.toLowerCase(), o = e.contentData.findIndex(
    (y) => h(y) && typeof y.key == "string" && y.key.toLowerCase() === s && String(y.contentTypeKey).toLowerCase() === bt
  ), l = a.findIndex((y) => h(y) && typeof y.contentKey == "string" && y.contentKey.toLowerCase() === s);
  if (o < 0 || l < 0) return;
  const d = e.contentData[o], p = Array.isArray(d.values) ? d.values : [], O = p.findIndex((y) => h(y) && y.alias === gt && y.culture == null && y.segment == null), m = p[O], me = h(m) ? Zi(m.value) : void 0, Qe = me === void 0 ? void 0 : Yi(me, t.sentence);
  if (!h(m) || Qe === void 0) return;
  const ii = {
    key: t.newKey,
    contentTypeKey: k.claimBlock.elementTypeKey,
    values: [
      { editorAlias: rt.statement, alias: lt.statement, culture: null, segment: null, value: t.sentence },
      ...t.claimType ? [{ editorAlias: rt.claimType, alias: lt.claimType, culture: null, segment: null, value: [t.claimType] }] : []
    ]
  }, xe = [...e.contentData];
  xe[o] = { ...d, values: p.map((y, ni) => ni === O ? { ...m, value: Xi(m.value, Qe) } : y) }, xe.splice(o + 1, 0, ii);
  const et = [...a];
  return et.splice(l + 1, 0, { contentKey: t.newKey }), {
    ...e,
    contentData: xe,
    [i]: { ...n, [ge]: et },
    ...Array.isArray(e.expose) ? { expose: [...e.expose, { contentKey: t.newKey, culture: null, segment: null }] } : {}
  };
}
const Qi = (e) => e === "error" ? "danger" : "warning";
function kt(e) {
  switch (e) {
    case "unpublished":
      return "clinickit_stateUnpublished";
    case "trashed":
      return "clinickit_stateTrashed";
    case "missing":
      return "clinickit_stateMissing";
    default:
      return;
  }
}
function en(e, t) {
  const i = `clinickit_fix${e.code}`, n = /(\d{4}-\d{2}-\d{2})/.exec(e.message)?.[1] ?? "", a = e.code === "CK0303" ? [t.citationTitle(e.citation ?? "")] : e.code === "CK0310" ? [t.date(n)] : [], s = t.term(i, ...a);
  return s && s !== i ? s : e.message;
}
function _t(e, t) {
  return e.length === 0 ? u : r`<ul class="findings">
		${e.map(
    (i) => r`<li class="finding ${i.severity}" data-code=${i.code}>
					<uui-icon name=${i.severity === "error" ? "icon-alert" : "icon-info"} aria-hidden="true"></uui-icon>
					<span>${en(i, t)}</span>
				</li>`
  )}
	</ul>`;
}
function $t(e) {
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(e);
  return t ? new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))) : void 0;
}
const $e = B`
	.findings {
		list-style: none;
		margin: 0;
		padding: 0;
		display: grid;
		gap: var(--uui-size-space-2);
	}
	.finding {
		display: flex;
		gap: var(--uui-size-space-2);
		align-items: flex-start;
		line-height: 1.4;
	}
	.finding uui-icon {
		flex: none;
		margin-top: 2px;
	}
	.finding.error uui-icon {
		color: var(--uui-color-danger);
	}
	.finding.warning uui-icon {
		color: var(--uui-color-warning-emphasis);
	}
	.muted {
		color: var(--uui-color-text-alt);
	}
	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip: rect(0 0 0 0);
		white-space: nowrap;
	}
`;
var tn = Object.defineProperty, nn = Object.getOwnPropertyDescriptor, Ct = (e) => {
  throw TypeError(e);
}, q = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? nn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && tn(t, i, a), a;
}, Tt = (e, t, i) => t.has(e) || Ct("Cannot " + i), xt = (e, t, i) => (Tt(e, t, "read from private field"), i ? i.call(e) : t.get(e)), an = (e, t, i) => t.has(e) ? Ct("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), z = (e, t, i) => (Tt(e, t, "access private method"), i), b, Ue, zt, We, we, Kt, Et, At, St, Pt;
let A = class extends N {
  constructor() {
    super(...arguments), an(this, b), this.claims = [], this.articleFindings = [], this.statements = [], this.inLibrary = !1, this.loading = !1;
  }
  render() {
    const e = [...this.claims.flatMap((a) => a.findings), ...this.articleFindings], t = e.filter((a) => a.severity === "error").length, i = e.length - t + this.statements.length, n = new Set(this.claims.flatMap((a) => a.citations.map((s) => s.key))).size;
    return r`
			<uui-box headline=${this.localize.term("clinickit_claimsAudit")}>
				<div slot="header-actions" class="tags" id="status">
					${this.loading ? r`<uui-loader-circle aria-label=${this.localize.term("clinickit_loading")}></uui-loader-circle>` : u}
					${t ? r`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", t)}</uui-tag>` : u}
					${i ? r`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", i)}</uui-tag>` : u}
					${!t && !i && !this.loading ? r`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : u}
				</div>
				<p class="summary">
					${this.localize.term("clinickit_claimCount", this.claims.length)} ·
					${this.localize.term("clinickit_citationCount", n)}
				</p>
				${z(this, b, Et).call(this)} ${_t(this.articleFindings, xt(this, b, We))}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length === 0 ? r`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>` : z(this, b, At).call(this)}
			</uui-box>
			${z(this, b, Kt).call(this)}
		`;
  }
};
b = /* @__PURE__ */ new WeakSet();
Ue = function(e, t) {
  this.dispatchEvent(
    new CustomEvent("clinickit-go-to-block", {
      detail: { blockKey: e, claim: t },
      bubbles: !0,
      composed: !0
    })
  );
};
zt = function(e) {
  this.dispatchEvent(
    new CustomEvent("clinickit-make-claim", {
      detail: { blockKey: e.blockKey, sentence: e.sentence, claimType: e.kind.claimType },
      bubbles: !0,
      composed: !0
    })
  );
};
We = function() {
  const e = new Map(this.claims.flatMap((t) => t.citations.map((i) => [i.key, i.title])));
  return {
    term: (t, ...i) => this.localize.term(t, ...i),
    date: (t) => z(this, b, we).call(this, t),
    citationTitle: (t) => e.get(t) ?? t
  };
};
we = function(e) {
  const t = $t(e);
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : e;
};
Kt = function() {
  return this.statements.length === 0 ? u : r`<uui-box headline=${this.localize.term("clinickit_plainTextStatements")} id="plain-text">
			<p class="muted">${this.localize.term("clinickit_plainTextIntro")}</p>
			<ul class="statements">
				${this.statements.map(
    (e) => r`<li class="statement-row" data-block-key=${e.blockKey} data-code=${"CK0322"}>
							<blockquote class="sentence">${e.sentence}</blockquote>
							<span class="muted">${this.localize.term("clinickit_plainTextWhere", e.block, e.kind.label)}</span>
							<span class="actions">
								${this.inLibrary ? u : r`<uui-button
											look="primary"
											compact
											?disabled=${!e.canMakeClaim}
											title=${e.canMakeClaim ? "" : this.localize.term("clinickit_makeClaimByHand")}
											label=${this.localize.term("clinickit_makeClaimLabel", e.sentence)}
											@click=${() => z(this, b, zt).call(this, e)}>
											${this.localize.term("clinickit_makeClaim")}
										</uui-button>`}
								<uui-button
									look="secondary"
									compact
									label=${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToTextBlockLabel", e.block)}
									@click=${() => z(this, b, Ue).call(this, e.blockKey, null)}>
									${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
								</uui-button>
							</span>
						</li>`
  )}
			</ul>
		</uui-box>`;
};
Et = function() {
  const e = this.review;
  if (!e) return u;
  const t = e.reviewedBy && e.lastReviewed ? this.localize.term("clinickit_reviewedBy", e.reviewedBy, z(this, b, we).call(this, e.lastReviewed)) : this.localize.term("clinickit_reviewNotRecorded");
  return r`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${t}${e.reviewerIsDemo ? r` <strong class="demo-reviewer">${this.localize.term("clinickit_demoReviewer")}</strong>` : u}${e.nextReviewDue ? r` · ${this.localize.term("clinickit_nextReviewDue", z(this, b, we).call(this, e.nextReviewDue))}` : u}</span>
		</p>`;
};
At = function() {
  return r`
			<uui-table aria-label=${this.localize.term("clinickit_claimsInArticle")}>
				<uui-table-head>
					<uui-table-head-cell class="col-number">${this.localize.term("clinickit_columnNumber")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnClaim")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnSources")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnEvidence")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnProblems")}</uui-table-head-cell>
					<uui-table-head-cell class="col-actions"
						><span class="visually-hidden">${this.localize.term("clinickit_columnActions")}</span></uui-table-head-cell
					>
				</uui-table-head>
				${Ie(
    this.claims,
    (e) => e.blockKey,
    (e) => z(this, b, St).call(this, e)
  )}
			</uui-table>
		`;
};
St = function(e) {
  const t = e.findings.some((i) => i.severity === "error") ? "error" : e.findings.length ? "warning" : "ok";
  return r`
			<uui-table-row class="claim ${t}" data-block-key=${e.blockKey} data-claim=${e.number}>
				<uui-table-cell class="col-number"><span class="number">${e.number}</span></uui-table-cell>
				<uui-table-cell class="col-claim">
					<div class="statement">
						${e.statement || r`<em class="muted">—</em>`}${e.citations.length ? r`<sup class="refs">[${e.citations.map((i) => i.number).join(", ")}]</sup>` : u}
					</div>
					${e.qualifier ? r`<div class="qualifier"><strong>${this.localize.term("clinickit_qualifier")}:</strong> ${e.qualifier}</div>` : u}
				</uui-table-cell>
				<uui-table-cell class="col-sources"
					><span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnSources")}</span
					>${z(this, b, Pt).call(this, e.citations)}</uui-table-cell
				>
				<uui-table-cell class="col-evidence">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnEvidence")}</span>
					${e.claimType ? r`<uui-tag look="secondary">${e.claimType}</uui-tag>` : u}
					<div>${e.evidenceStrength || r`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnProblems")}</span>
					${e.findings.length ? _t(e.findings, xt(this, b, We)) : r`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look="secondary"
						compact
						label=${this.inLibrary ? this.localize.term("clinickit_openInLibraryLabel", e.number) : this.localize.term("clinickit_goToBlockLabel", e.number)}
						@click=${() => z(this, b, Ue).call(this, e.blockKey, e.number)}>
						${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
};
Pt = function(e) {
  return e.length === 0 ? r`<span class="muted">${this.localize.term("clinickit_noSources")}</span>` : r`<ol class="sources">
			${e.map((t) => {
    const i = kt(t.state);
    return r`<li class="source ${t.state}" data-key=${t.key}>
					<span class="ref-number">${t.number}</span>
					<span class="source-text">
						${t.state === "missing" ? r`<span class="title">${this.localize.term("clinickit_deletedCitation")}</span>` : t.href ? r`<a href=${t.href}>${t.title}</a>` : r`<span class="title">${t.title}</span>`}
						${t.source ? r`<span class="source-line">${t.source}</span>` : u}
						${i ? r`<uui-tag color=${t.state === "missing" ? "danger" : Qi("error")} look="secondary"
									>${this.localize.term(i)}</uui-tag
								>` : u}
					</span>
				</li>`;
  })}
		</ol>`;
};
A.styles = [
  te,
  $e,
  B`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
				container-type: inline-size;
				overflow-wrap: anywhere;
			}
			.tags {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
			}
			.summary {
				margin: 0 0 var(--uui-size-space-3);
				font-weight: 700;
			}
			.review {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				margin: 0 0 var(--uui-size-space-3);
			}
			uui-table-row.claim.error {
				box-shadow: inset 3px 0 0 var(--uui-color-danger);
			}
			uui-table-row.claim.warning {
				box-shadow: inset 3px 0 0 var(--uui-color-warning);
			}
			uui-table-cell {
				vertical-align: top;
			}
			.col-number {
				width: 3em;
			}
			.number {
				display: inline-flex;
				align-items: center;
				justify-content: center;
				min-width: 1.75em;
				height: 1.75em;
				border-radius: 50%;
				background: var(--uui-color-surface-alt);
				font-weight: 700;
			}
			.statement {
				font-weight: 700;
				line-height: 1.4;
			}
			.statements {
				list-style: none;
				margin: 0;
				padding: 0;
				display: grid;
				gap: var(--uui-size-space-4);
			}
			.statement-row {
				display: grid;
				gap: var(--uui-size-space-2);
				padding-left: var(--uui-size-space-3);
				box-shadow: inset 3px 0 0 var(--uui-color-warning);
			}
			.sentence {
				margin: 0;
				line-height: 1.4;
			}
			.statement-row .actions {
				display: flex;
				flex-wrap: wrap;
				gap: var(--uui-size-space-2);
			}
			.refs {
				font-weight: 400;
				color: var(--uui-color-interactive);
				margin-left: 2px;
			}
			.qualifier {
				margin-top: var(--uui-size-space-2);
				color: var(--uui-color-text-alt);
				font-size: var(--uui-type-small-size);
			}
			.sources {
				list-style: none;
				margin: 0;
				padding: 0;
				display: grid;
				gap: var(--uui-size-space-3);
			}
			.source {
				display: flex;
				gap: var(--uui-size-space-2);
				line-height: 1.35;
			}
			.ref-number {
				flex: none;
				font-weight: 700;
				color: var(--uui-color-interactive);
			}
			.ref-number::before {
				content: '[';
			}
			.ref-number::after {
				content: ']';
			}
			.source-text {
				display: grid;
				gap: 2px;
				justify-items: start;
			}
			.source-line {
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.col-evidence uui-tag {
				margin-bottom: var(--uui-size-space-2);
			}
			.col-actions {
				width: 1%;
				white-space: nowrap;
				text-align: right;
			}
			.cell-label {
				display: none;
			}
			/* Beside the content tree at 1024 px the six columns do not fit: each claim becomes a card. */
			@container (max-width: 840px) {
				uui-table,
				uui-table-cell {
					display: block;
				}
				uui-table-head {
					display: none;
				}
				uui-table-row.claim {
					display: grid;
					grid-template-columns: 2.5em minmax(0, 1fr);
					gap: var(--uui-size-space-3) var(--uui-size-space-4);
					padding: var(--uui-size-space-4) 0;
					border-top: 1px solid var(--uui-color-border);
				}
				uui-table-row.claim uui-table-cell {
					height: auto;
					border-top: none;
					padding: 0 var(--uui-size-space-2);
					grid-column: 2;
				}
				uui-table-row.claim uui-table-cell.col-number {
					grid-column: 1;
					grid-row: 1 / span 5;
					width: auto;
				}
				uui-table-row.claim uui-table-cell.col-actions {
					text-align: left;
					width: auto;
				}
				.cell-label {
					display: block;
					font-size: var(--uui-type-small-size);
					font-weight: 700;
					color: var(--uui-color-text-alt);
					margin-bottom: var(--uui-size-space-1);
				}
			}
		`
];
q([
  c({ attribute: !1 })
], A.prototype, "claims", 2);
q([
  c({ attribute: !1 })
], A.prototype, "articleFindings", 2);
q([
  c({ attribute: !1 })
], A.prototype, "statements", 2);
q([
  c({ attribute: !1 })
], A.prototype, "review", 2);
q([
  c()
], A.prototype, "headline", 2);
q([
  c({ type: Boolean, attribute: "in-library" })
], A.prototype, "inLibrary", 2);
q([
  c({ type: Boolean })
], A.prototype, "loading", 2);
A = q([
  I("clinickit-claims-table")
], A);
const Oe = "clinickit-focus-block", sn = 12e4;
let V;
function on(e) {
  V = { blockKey: e.toLowerCase(), at: Date.now() }, window.dispatchEvent(new CustomEvent(Oe, { detail: { blockKey: V.blockKey } }));
}
function rn(e) {
  return !V || !e ? !1 : Date.now() - V.at > sn ? (V = void 0, !1) : V.blockKey !== e.toLowerCase() ? !1 : (V = void 0, !0);
}
function ln(e) {
  const t = () => e();
  return window.addEventListener(Oe, t), () => window.removeEventListener(Oe, t);
}
function cn(e, t) {
  const i = `/view/${t}`, n = e.lastIndexOf(i);
  if (!(n < 0))
    return `${e.slice(0, n)}/view/content`;
}
function Ke(e) {
  window.history.pushState({}, "", e);
}
const un = k, Ot = new Map(
  [...k.claimRules, ...k.treatmentRules, qe, ...k.reviewRules].map((e) => [e.code, e])
);
[...Ot.keys()];
const ct = k.claimBlock.elementTypeKey.toLowerCase(), ie = k.claimBlock.properties, dn = k.safetyBlock.elementTypeKey.toLowerCase(), hn = k.safetyBlock.sections, mn = new Set(k.limitedEvidence), ut = k.statementPreviewLength, pn = /^umb:\/\/document\/([0-9a-fA-F]{32})$/, fn = /^(\d{4}-\d{2}-\d{2})/;
function yn(e) {
  const t = Ot.get(e);
  if (!t) throw new Error(`claim-rules.json defines no rule ${e}`);
  return t;
}
function Ve(e) {
  const t = [];
  for (const i of Se(e)) {
    const n = i.contentTypeKey.toLowerCase();
    if (n === ct) t.push(dt(i, t.length + 1, null));
    else if (n === dn)
      for (const a of hn)
        for (const s of Se(W(i, a)))
          s.contentTypeKey.toLowerCase() === ct && t.push(dt(s, t.length + 1, a));
  }
  return t;
}
function dt(e, t, i) {
  return {
    number: t,
    blockKey: e.key,
    statement: j(W(e, ie.statement)),
    citations: Lt(W(e, ie.citations)),
    claimType: le(W(e, ie.claimType)),
    evidenceStrength: le(W(e, ie.evidenceStrength)),
    qualifier: j(W(e, ie.qualifier)),
    safetySection: i
  };
}
function j(e) {
  return typeof e == "string" ? e.replace(/\s+/g, " ").trim() : "";
}
function Lt(e) {
  let t;
  return typeof e == "string" ? t = e.split(",") : Array.isArray(e) ? t = e.filter((i) => typeof i == "string") : t = [], t.map((i) => i.trim()).filter((i) => i !== "").map((i) => {
    const n = pn.exec(i);
    return n ? { key: bn(n[1]), isDocument: !0 } : { key: i, isDocument: !1 };
  });
}
function bn(e) {
  const t = e.toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function le(e) {
  let t = e;
  if (typeof t == "string" && t.trim().startsWith("["))
    try {
      t = JSON.parse(t);
    } catch {
    }
  return Array.isArray(t) && (t = t[0]), typeof t == "string" ? t.trim() : "";
}
function ve(e) {
  if (typeof e != "string") return "";
  const t = fn.exec(e.trim());
  return t ? t[1] : "";
}
function gn(e) {
  return e.statement === "" ? `Claim ${e.number}` : `Claim ${e.number} ("${wn(e.statement)}")`;
}
function wn(e) {
  return e.length <= ut ? e : e.slice(0, ut - 1).trimEnd() + "…";
}
function vn(e, t) {
  return e.replace(
    /\{(\w+)\}/g,
    (i, n) => Object.prototype.hasOwnProperty.call(t, n) ? t[n] : i
  );
}
function C(e, t, i, n) {
  const a = yn(e);
  return {
    code: e,
    severity: n ?? a.severity,
    claim: i.claim?.number ?? null,
    blockKey: i.claim?.blockKey ?? i.blockKey ?? null,
    citation: i.citation ?? null,
    message: vn(a.message, t)
  };
}
function Le(e, t) {
  const i = [], n = { claim: gn(e) };
  e.statement === "" && i.push(C("CK0304", n, { claim: e })), e.citations.length === 0 && i.push(C("CK0301", n, { claim: e }));
  for (const a of e.citations) {
    const s = a.isDocument ? xn(t, a.key) : void 0;
    if (!s)
      i.push(C("CK0302", { ...n, citation: a.key }, { claim: e, citation: a.key }));
    else if (s.state !== "published") {
      const o = s.title || a.key;
      i.push(C("CK0303", { ...n, citation: o }, { claim: e, citation: a.key }));
    }
  }
  return (e.claimType === "" || e.evidenceStrength === "") && i.push(C("CK0306", n, { claim: e })), mn.has(e.evidenceStrength) && e.qualifier === "" && i.push(C("CK0305", n, { claim: e })), i;
}
function kn(e, t) {
  const i = j(t);
  if (i === "") return [];
  const n = [];
  return e.some((a) => a.safetySection !== null) || n.push(C("CK0320", { treatment: i }, {})), e.some((a) => a.claimType === k.regulatoryClaimType) || n.push(C("CK0321", { treatment: i }, {})), n;
}
function _n(e) {
  return e.map(
    (t) => C(qe.code, { block: String(t.block), kind: t.kind.label, sentence: t.sentence }, { blockKey: t.blockKey })
  );
}
function $n(e, t, i, n = {}) {
  const a = [], s = ve(t?.nextReviewDue), o = ve(i);
  s !== "" && o !== "" && s < o && a.push(C("CK0310", { due: s }, {}, n.reviewOverdueIsError ? "error" : void 0));
  const l = j(t?.reviewedBy), d = j(t?.lastReviewed);
  return e > 0 && (l === "" || d === "") && a.push(C("CK0311", {}, {})), a;
}
function Cn(e) {
  const t = Ve(e.body), i = ji(e.body), n = t.flatMap((a) => Le(a, e.citations));
  return n.push(...kn(t, e.treatment)), n.push(..._n(i)), n.push(...$n(t.length, e.review, e.today, e.options)), { claims: t, statements: i, findings: n };
}
function Tn(e) {
  return [...new Set(e.flatMap((t) => t.citations.filter((i) => i.isDocument).map((i) => i.key)))];
}
function xn(e, t) {
  return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
}
function De(e) {
  const t = /* @__PURE__ */ new Map();
  for (const i of e)
    for (const n of i.citations)
      t.has(n.key) || t.set(n.key, t.size + 1);
  return t;
}
function Dt(e, t, i) {
  const n = e.isDocument && Object.prototype.hasOwnProperty.call(i, e.key) ? i[e.key] : void 0;
  return {
    number: t,
    key: e.key,
    title: n && n.title || e.key,
    source: n?.source ?? "",
    state: n ? n.state : "missing",
    href: n?.href
  };
}
function zn(e, t, i) {
  const n = De(e);
  return e.map((a) => ({
    number: a.number,
    blockKey: a.blockKey,
    statement: a.statement,
    qualifier: a.qualifier,
    claimType: a.claimType,
    evidenceStrength: a.evidenceStrength,
    citations: a.citations.map((s) => Dt(s, n.get(s.key) ?? 0, i)),
    findings: t.filter((s) => s.claim === a.number)
  }));
}
function Kn(e) {
  const { claims: t, statements: i, findings: n } = Cn({
    body: e.body,
    citations: e.details,
    review: e.review,
    treatment: e.treatment,
    today: e.today,
    options: e.options
  });
  return {
    claims: zn(t, n, e.details),
    articleFindings: n.filter((a) => a.claim === null && a.code !== qe.code),
    statements: i.map((a) => ({ ...a, canMakeClaim: Ji(e.body, a.blockKey, a.sentence) })),
    findings: n,
    errors: n.filter((a) => a.severity === "error").length,
    warnings: n.filter((a) => a.severity === "warning").length
  };
}
function En(e) {
  return Tn(Ve(e));
}
const An = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, Sn = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;
function v(e, t) {
  return e ? (e.find((n) => n.alias === t && n.culture == null && n.segment == null) ?? e.find((n) => n.alias === t))?.value : void 0;
}
function ht(e) {
  if (!An.test(e)) return;
  const t = e.replace(/-/g, "").toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function Fe(e) {
  const t = [], i = (n) => {
    const a = n.trim(), s = Sn.exec(a), o = s ? s[1] === "document" ? ht(s[2]) : void 0 : ht(a);
    o && t.push(o);
  };
  if (typeof e == "string") e.split(",").forEach(i);
  else if (Array.isArray(e))
    for (const n of e)
      typeof n == "string" ? i(n) : h(n) && typeof n.unique == "string" && (n.type === void 0 || n.type === "document") && i(n.unique);
  return t;
}
function je(e) {
  return !Array.isArray(e) || e.length === 0 || !e.every((t) => h(t) && typeof t.unique == "string") ? e : e.map((t) => {
    const i = t;
    return `umb://${typeof i.type == "string" && i.type !== "" ? i.type : "document"}/${i.unique.replace(/-/g, "").toLowerCase()}`;
  });
}
function He(e) {
  return !h(e) || !Array.isArray(e.contentData) ? e : {
    ...e,
    contentData: e.contentData.map(
      (t) => h(t) && Array.isArray(t.values) ? {
        ...t,
        values: t.values.map(
          (i) => h(i) ? { ...i, value: He(je(i.value)) } : i
        )
      } : t
    )
  };
}
function mt(e) {
  return typeof e == "string" ? e.trim() : h(e) && typeof e.date == "string" ? e.date.trim() : "";
}
function x(e) {
  return typeof e == "string" ? e.trim() : typeof e == "number" ? String(e) : "";
}
function Bt(e = /* @__PURE__ */ new Date()) {
  const t = (i) => String(i).padStart(2, "0");
  return `${e.getFullYear()}-${t(e.getMonth() + 1)}-${t(e.getDate())}`;
}
function Pn(e) {
  const t = je(e);
  return Array.isArray(t) ? t.filter((i) => typeof i == "string").join(",") : x(t);
}
async function On(e, t) {
  const i = Fe(e)[0], n = i ? await t.document(i) : void 0;
  if (!n || n.isTrashed || n.documentTypeKey !== M.reviewer.key) return { name: Pn(e), isDemo: !1 };
  const a = v(n.values, f.isDemo);
  return { name: n.name, isDemo: a === !0 || a === "1" || a === 1 };
}
async function Ln(e, t) {
  const i = await On(v(e, f.reviewedBy), t);
  return {
    reviewedBy: i.name,
    reviewerIsDemo: i.isDemo,
    lastReviewed: mt(v(e, f.lastReviewed)),
    nextReviewDue: mt(v(e, f.nextReviewDue))
  };
}
function Dn(e) {
  return He(v(e, f.body));
}
async function Mt(e, t, i, n) {
  const a = Dn(e), s = await Ln(e, t), o = En(a), l = o.length ? await t.citations(o) : {}, d = x(v(e, f.treatment));
  return { audit: Kn({ body: a, details: l, review: s, treatment: d, today: i, options: n }), review: s };
}
async function ce(e, t) {
  if (t) return t;
  const { UmbracoContentSource: i } = await Promise.resolve().then(() => fa);
  return i.for(e);
}
var Bn = Object.defineProperty, Mn = Object.getOwnPropertyDescriptor, Rt = (e) => {
  throw TypeError(e);
}, S = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? Mn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && Bn(t, i, a), a;
}, Ge = (e, t, i) => t.has(e) || Rt("Cannot " + i), L = (e, t, i) => (Ge(e, t, "read from private field"), t.get(e)), ne = (e, t, i) => t.has(e) ? Rt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ke = (e, t, i, n) => (Ge(e, t, "write to private field"), t.set(e, i), i), ye = (e, t, i) => (Ge(e, t, "access private method"), i), Rn = (e, t, i, n) => ({
  set _(a) {
    ke(e, t, a);
  },
  get _() {
    return L(e, t);
  }
}), J, ue, de, Ce, Q, It, Nt, qt, Ut;
let w = class extends N {
  constructor() {
    super(), ne(this, Q), this._noArticlePicked = !1, this._loading = !0, this._failed = !1, ne(this, J, 0), ne(this, ue), ne(this, de), ne(this, Ce, []), this.consumeContext(ai, (e) => {
      e && (ke(this, de, e), this.observe(
        pt([e.contentTypeUnique, e.values]),
        ([t, i]) => ye(this, Q, It).call(this, t, i ?? []),
        "clinickitObserveDocument"
      ));
    });
  }
  disconnectedCallback() {
    super.disconnectedCallback(), clearTimeout(L(this, ue));
  }
  render() {
    return this._failed ? r`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : this._noArticlePicked ? r`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>` : this._audit ? r`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.statements=${this._audit.statements}
			.review=${this._review}
			.headline=${this._library ? this.localize.term("clinickit_claimsInLibraryArticle", this._library.name) : void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${ye(this, Q, qt)}
			@clinickit-make-claim=${ye(this, Q, Ut)}></clinickit-claims-table>` : r`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`;
  }
};
J = /* @__PURE__ */ new WeakMap();
ue = /* @__PURE__ */ new WeakMap();
de = /* @__PURE__ */ new WeakMap();
Ce = /* @__PURE__ */ new WeakMap();
Q = /* @__PURE__ */ new WeakSet();
It = function(e, t) {
  ke(this, Ce, t), clearTimeout(L(this, ue)), ke(this, ue, setTimeout(() => {
    ye(this, Q, Nt).call(this, e, t);
  }, this._audit ? 250 : 0));
};
Nt = async function(e, t) {
  const i = ++Rn(this, J)._;
  this._loading = !0;
  try {
    const n = await ce(this, this.source), a = this.today ?? Bt();
    let s = t, o, l = !1;
    if (e === M.clinicArticle.key) {
      const [O] = Fe(v(t, f.article)), m = O ? await n.document(O) : void 0;
      s = m?.values, o = m ? { key: m.key, name: m.name } : void 0, l = !m;
    }
    const { audit: d, review: p } = await Mt(s ?? [], n, a);
    if (i !== L(this, J)) return;
    this._audit = d, this._review = p, this._library = o, this._noArticlePicked = l, this._failed = !1;
  } catch (n) {
    if (i !== L(this, J)) return;
    console.error("ClinicKit: could not audit the claims of this document.", n), this._failed = !0;
  } finally {
    i === L(this, J) && (this._loading = !1);
  }
};
qt = async function(e) {
  if (on(e.detail.blockKey), this._library) {
    const i = await ce(this, this.source);
    Ke(i.editPath(this._library.key));
    return;
  }
  const t = cn(window.location.pathname, this.manifest?.meta.pathname ?? Ne);
  if (t) Ke(t);
  else {
    const i = L(this, de)?.getUnique?.();
    i && Ke((await ce(this, this.source)).editPath(i));
  }
};
Ut = async function(e) {
  const t = L(this, de);
  if (!t || this._library) return;
  const i = v(L(this, Ce), f.body), n = vt(i, { ...e.detail, newKey: crypto.randomUUID() });
  n && await t.setPropertyValue(f.body, n);
};
w.styles = [
  te,
  B`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
S([
  c({ attribute: !1 })
], w.prototype, "manifest", 2);
S([
  c({ attribute: !1 })
], w.prototype, "source", 2);
S([
  c()
], w.prototype, "today", 2);
S([
  _()
], w.prototype, "_audit", 2);
S([
  _()
], w.prototype, "_review", 2);
S([
  _()
], w.prototype, "_library", 2);
S([
  _()
], w.prototype, "_noArticlePicked", 2);
S([
  _()
], w.prototype, "_loading", 2);
S([
  _()
], w.prototype, "_failed", 2);
w = S([
  I("clinickit-claims-workspace-view")
], w);
const In = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CLAIMS_VIEW_PATHNAME: Ne,
  get ClinicKitClaimsWorkspaceViewElement() {
    return w;
  },
  get element() {
    return w;
  }
}, Symbol.toStringTag, { value: "Module" }));
var Nn = Object.defineProperty, qn = Object.getOwnPropertyDescriptor, P = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? qn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && Nn(t, i, a), a;
};
let $ = class extends N {
  constructor() {
    super(...arguments), this.number = 0, this.statement = "", this.qualifier = "", this.claimType = "", this.evidenceStrength = "", this.citations = [], this.findings = [], this.highlighted = !1;
  }
  render() {
    const e = this.findings.filter((a) => a.severity === "error").length, t = this.number ? this.localize.term("clinickit_claimNumber", this.number) : this.localize.term("clinickit_columnClaim"), i = r`
			<div class="head">
				<span class="badge">${t}</span>
				${this.claimType ? r`<uui-tag look="secondary">${this.claimType}</uui-tag>` : u}
				${this.evidenceStrength ? r`<span class="evidence">${this.evidenceStrength}</span>` : u}
				${this.findings.length ? r`<uui-tag class="problems" color=${e ? "danger" : "warning"}
							>${this.localize.term("clinickit_problemCount", this.findings.length)}</uui-tag
						>` : u}
			</div>
			<p class="statement">
				${this.statement || r`<em class="muted">—</em>`}${this.citations.length ? r`<sup class="refs">[${this.citations.map((a) => a.number).join(", ")}]</sup>` : u}
			</p>
			${this.qualifier ? r`<p class="qualifier">${this.qualifier}</p>` : u}
			${this.citations.length ? r`<ol class="sources" aria-label=${this.localize.term("clinickit_citationsLabel")}>
						${this.citations.map((a) => {
      const s = kt(a.state);
      return r`<li class=${a.state} data-key=${a.key}>
								<span class="ref-number">${a.number}</span>
								<span>${a.state === "missing" ? this.localize.term("clinickit_deletedCitation") : a.title}${a.source ? r`<span class="source-line"> — ${a.source}</span>` : u}</span>
								${s ? r`<uui-tag color="danger" look="secondary">${this.localize.term(s)}</uui-tag>` : u}
							</li>`;
    })}
					</ol>` : r`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_noSources")}
					</p>`}
		`, n = `card ${e ? "error" : this.findings.length ? "warning" : "ok"}`;
    return this.href ? r`<a class=${n} href=${this.href}>${i}</a>` : r`<div class=${n} role="group" aria-label=${t}>${i}</div>`;
  }
};
$.styles = [
  te,
  $e,
  B`
			:host {
				display: block;
			}
			.card {
				display: block;
				color: inherit;
				text-decoration: none;
				background: var(--uui-color-surface);
				border: 1px solid var(--uui-color-border);
				border-left: 4px solid var(--uui-color-interactive);
				border-radius: var(--uui-border-radius);
				padding: var(--uui-size-space-4) var(--uui-size-space-5);
				transition: box-shadow 120ms ease-in-out, border-color 120ms ease-in-out;
			}
			.card.error {
				border-left-color: var(--uui-color-danger);
			}
			.card.warning {
				border-left-color: var(--uui-color-warning);
			}
			a.card:hover,
			a.card:focus-visible {
				border-color: var(--uui-color-interactive-emphasis);
				box-shadow: var(--uui-shadow-depth-1);
			}
			:host([highlighted]) .card {
				outline: 3px solid var(--uui-color-focus);
				outline-offset: 2px;
			}
			.head {
				display: flex;
				flex-wrap: wrap;
				gap: var(--uui-size-space-3);
				align-items: center;
				margin-bottom: var(--uui-size-space-2);
			}
			.badge {
				font-weight: 700;
				text-transform: uppercase;
				font-size: var(--uui-type-small-size);
				letter-spacing: 0.04em;
				color: var(--uui-color-interactive-emphasis);
			}
			.evidence {
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.problems {
				margin-left: auto;
			}
			.statement {
				margin: 0;
				font-size: var(--uui-type-h5-size);
				font-weight: 700;
				line-height: 1.4;
			}
			.refs {
				color: var(--uui-color-interactive-emphasis);
				font-weight: 700;
				margin-left: 2px;
			}
			.qualifier {
				margin: var(--uui-size-space-2) 0 0;
				color: var(--uui-color-text-alt);
				font-style: italic;
			}
			.sources {
				list-style: none;
				margin: var(--uui-size-space-3) 0 0;
				padding: var(--uui-size-space-3) 0 0;
				border-top: 1px solid var(--uui-color-divider);
				display: grid;
				gap: var(--uui-size-space-1);
				font-size: var(--uui-type-small-size);
			}
			.sources li {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: baseline;
			}
			.ref-number {
				flex: none;
				font-weight: 700;
				color: var(--uui-color-interactive-emphasis);
			}
			.ref-number::before {
				content: '[';
			}
			.ref-number::after {
				content: ']';
			}
			.source-line {
				color: var(--uui-color-text-alt);
			}
			.no-sources {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				margin: var(--uui-size-space-3) 0 0;
				color: var(--uui-color-danger-standalone);
				font-weight: 700;
			}
		`
];
P([
  c({ type: Number })
], $.prototype, "number", 2);
P([
  c()
], $.prototype, "statement", 2);
P([
  c()
], $.prototype, "qualifier", 2);
P([
  c({ attribute: "claim-type" })
], $.prototype, "claimType", 2);
P([
  c({ attribute: "evidence-strength" })
], $.prototype, "evidenceStrength", 2);
P([
  c({ attribute: !1 })
], $.prototype, "citations", 2);
P([
  c({ attribute: !1 })
], $.prototype, "findings", 2);
P([
  c()
], $.prototype, "href", 2);
P([
  c({ type: Boolean, reflect: !0 })
], $.prototype, "highlighted", 2);
$ = P([
  I("clinickit-claim-preview")
], $);
var Un = Object.defineProperty, Wn = Object.getOwnPropertyDescriptor, Wt = (e) => {
  throw TypeError(e);
}, E = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? Wn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && Un(t, i, a), a;
}, Ye = (e, t, i) => t.has(e) || Wt("Cannot " + i), ee = (e, t, i) => (Ye(e, t, "read from private field"), i ? i.call(e) : t.get(e)), Ee = (e, t, i) => t.has(e) ? Wt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), Vt = (e, t, i, n) => (Ye(e, t, "write to private field"), t.set(e, i), i), Z = (e, t, i) => (Ye(e, t, "access private method"), i), be, oe, T, _e, Ze, Be, Ft, jt;
const ae = un.claimBlock.properties;
let g = class extends N {
  constructor() {
    super(), Ee(this, T), this._details = {}, this._highlighted = !1, this._lookedUp = "", Ee(this, be), Ee(this, oe, ""), this.consumeContext(ui, (e) => {
      e && this.observe(
        pt([e.layouts, e.contents]),
        ([t, i]) => {
          this._claims = Ve(
            He({ contentData: i, layout: { [ge]: t } })
          );
        },
        "clinickitObserveBlocks"
      );
    });
  }
  connectedCallback() {
    super.connectedCallback(), Vt(this, be, ln(() => Z(this, T, Be).call(this)));
  }
  disconnectedCallback() {
    var e;
    super.disconnectedCallback(), (e = ee(this, be)) == null || e.call(this);
  }
  updated() {
    Z(this, T, Be).call(this), Z(this, T, Ft).call(this);
  }
  render() {
    const e = Z(this, T, Ze).call(this), t = this._claims ? De(this._claims) : De([e]), i = e.citations.map((s) => Dt(s, t.get(s.key) ?? 0, this._details)), n = e.citations.filter((s) => s.isDocument).map((s) => s.key).join(","), a = this._lookedUp === n ? Le(e, this._details) : Le(e, Z(this, T, jt).call(this, e));
    return r`<clinickit-claim-preview
			.number=${e.number}
			.statement=${e.statement}
			.qualifier=${e.qualifier}
			.claimType=${e.claimType}
			.evidenceStrength=${e.evidenceStrength}
			.citations=${i}
			.findings=${a}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}
			?highlighted=${this._highlighted}></clinickit-claim-preview>`;
  }
};
be = /* @__PURE__ */ new WeakMap();
oe = /* @__PURE__ */ new WeakMap();
T = /* @__PURE__ */ new WeakSet();
_e = function() {
  return this.contentKey ?? this.layout?.contentKey;
};
Ze = function() {
  const e = ee(this, T, _e)?.toLowerCase(), t = this._claims?.find((n) => n.blockKey.toLowerCase() === e);
  if (t) return t;
  const i = this.content ?? {};
  return {
    number: 0,
    blockKey: ee(this, T, _e) ?? "",
    statement: j(i[ae.statement]),
    citations: Lt(je(i[ae.citations])),
    claimType: le(i[ae.claimType]),
    evidenceStrength: le(i[ae.evidenceStrength]),
    qualifier: j(i[ae.qualifier]),
    safetySection: null
  };
};
Be = function() {
  const e = ee(this, T, _e);
  !e || !rn(e) || (this._highlighted = !0, this.scrollIntoView({ behavior: "smooth", block: "center" }), setTimeout(() => this._highlighted = !1, 4e3));
};
Ft = async function() {
  const e = Z(this, T, Ze).call(this).citations.filter((i) => i.isDocument).map((i) => i.key), t = e.join(",");
  if (t !== ee(this, oe)) {
    if (Vt(this, oe, t), !e.length) {
      this._lookedUp = t;
      return;
    }
    try {
      const n = await (await ce(this, this.source)).citations(e);
      if (ee(this, oe) !== t) return;
      this._details = n, this._lookedUp = t;
    } catch (i) {
      console.error("ClinicKit: could not look up the citations of a claim block.", i);
    }
  }
};
jt = function(e) {
  const t = { ...this._details };
  for (const i of e.citations)
    i.isDocument && !(i.key in t) && (t[i.key] = { key: i.key, title: i.key, state: "published" });
  return t;
};
g.styles = B`
		:host {
			display: block;
		}
	`;
E([
  c({ attribute: !1 })
], g.prototype, "manifest", 2);
E([
  c({ attribute: !1 })
], g.prototype, "content", 2);
E([
  c({ attribute: !1 })
], g.prototype, "config", 2);
E([
  c({ attribute: !1 })
], g.prototype, "contentKey", 2);
E([
  c({ attribute: !1 })
], g.prototype, "layout", 2);
E([
  c({ attribute: !1 })
], g.prototype, "source", 2);
E([
  _()
], g.prototype, "_claims", 2);
E([
  _()
], g.prototype, "_details", 2);
E([
  _()
], g.prototype, "_highlighted", 2);
E([
  _()
], g.prototype, "_lookedUp", 2);
g = E([
  I("clinickit-claim-block-view")
], g);
const Vn = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClaimBlockViewElement() {
    return g;
  },
  get element() {
    return g;
  }
}, Symbol.toStringTag, { value: "Module" }));
function Ht(e) {
  const t = [], i = new RegExp(di.source, "g");
  let n = 0;
  for (let a = i.exec(e); a !== null; a = i.exec(e))
    a.index > n && t.push({ text: e.slice(n, a.index), token: !1 }), t.push({ text: a[0], token: !0 }), n = a.index + a[0].length;
  return n < e.length && t.push({ text: e.slice(n), token: !1 }), t;
}
var Fn = Object.defineProperty, jn = Object.getOwnPropertyDescriptor, Gt = (e) => {
  throw TypeError(e);
}, G = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? jn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && Fn(t, i, a), a;
}, Hn = (e, t, i) => t.has(e) || Gt("Cannot " + i), Gn = (e, t, i) => t.has(e) ? Gt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), pe = (e, t, i) => (Hn(e, t, "access private method"), i), X, se;
let D = class extends N {
  constructor() {
    super(...arguments), Gn(this, X), this.heading = "", this.body = "", this.buttonLabel = "", this.linkText = "", this.ctaStyle = "Primary";
  }
  render() {
    const e = this.ctaStyle.toLowerCase() === "subtle", t = [this.heading, this.body, this.buttonLabel].some((a) => Ht(a).some((s) => s.token)), i = r`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? r`<p class="heading">${pe(this, X, se).call(this, this.heading)}</p>` : u}
			${this.body ? r`<p class="body">${pe(this, X, se).call(this, this.body)}</p>` : u}
			<div class="action">
				${this.buttonLabel ? r`<span class="button">${pe(this, X, se).call(this, this.buttonLabel)}</span>` : u}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText ? r`${this.localize.term("clinickit_ctaLinksTo")} ${pe(this, X, se).call(this, this.linkText)}` : this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${t ? r`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>` : u}
		`, n = `card ${e ? "subtle" : "primary"}`;
    return this.href ? r`<a class=${n} href=${this.href}>${i}</a>` : r`<div class=${n} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${i}</div>`;
  }
};
X = /* @__PURE__ */ new WeakSet();
se = function(e) {
  return Ht(e).map(
    (t) => t.token ? r`<span class="token" title=${this.localize.term("clinickit_ctaToken", t.text)}>${t.text}</span>` : t.text
  );
};
D.styles = [
  te,
  $e,
  B`
			:host {
				display: block;
			}
			.card {
				display: block;
				color: inherit;
				text-decoration: none;
				border-radius: var(--uui-border-radius);
				padding: var(--uui-size-space-4) var(--uui-size-space-5);
				border: 1px solid var(--uui-color-border);
				background: var(--uui-color-surface);
			}
			.card.primary {
				background: var(--uui-color-surface-alt);
				border-color: var(--uui-color-border-standalone);
			}
			a.card:hover,
			a.card:focus-visible {
				box-shadow: var(--uui-shadow-depth-1);
			}
			.label {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				font-size: var(--uui-type-small-size);
				font-weight: 700;
				text-transform: uppercase;
				letter-spacing: 0.04em;
				color: var(--uui-color-text-alt);
			}
			.style {
				margin-left: auto;
				font-weight: 400;
				text-transform: none;
				letter-spacing: 0;
			}
			.heading {
				margin: var(--uui-size-space-2) 0 0;
				font-size: var(--uui-type-h5-size);
				font-weight: 700;
				line-height: 1.4;
			}
			.body {
				margin: var(--uui-size-space-2) 0 0;
				line-height: 1.5;
			}
			.token {
				display: inline-block;
				font-family: var(--uui-font-monospace, monospace);
				font-size: 0.9em;
				font-weight: 400;
				padding: 0 var(--uui-size-space-1);
				border-radius: var(--uui-border-radius);
				background: var(--uui-color-warning);
				color: var(--uui-color-warning-contrast);
				border: 1px dashed var(--uui-color-warning-emphasis);
				white-space: nowrap;
			}
			.action {
				display: flex;
				flex-wrap: wrap;
				gap: var(--uui-size-space-4);
				align-items: center;
				margin-top: var(--uui-size-space-4);
			}
			.button {
				display: inline-block;
				padding: var(--uui-size-space-2) var(--uui-size-space-5);
				border-radius: var(--uui-border-radius);
				font-weight: 700;
				background: var(--uui-color-positive);
				color: var(--uui-color-positive-contrast);
			}
			.subtle .button {
				background: transparent;
				color: var(--uui-color-interactive-emphasis);
				border: 1px solid var(--uui-color-border-emphasis);
			}
			.subtle .button .token {
				color: var(--uui-color-warning-contrast);
			}
			.link {
				display: inline-flex;
				gap: var(--uui-size-space-1);
				align-items: center;
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.hint {
				margin: var(--uui-size-space-3) 0 0;
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
		`
];
G([
  c()
], D.prototype, "heading", 2);
G([
  c()
], D.prototype, "body", 2);
G([
  c({ attribute: "button-label" })
], D.prototype, "buttonLabel", 2);
G([
  c({ attribute: "link-text" })
], D.prototype, "linkText", 2);
G([
  c({ attribute: "cta-style" })
], D.prototype, "ctaStyle", 2);
G([
  c()
], D.prototype, "href", 2);
D = G([
  I("clinickit-cta-preview")
], D);
var Yn = Object.defineProperty, Zn = Object.getOwnPropertyDescriptor, Te = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? Zn(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && Yn(t, i, a), a;
};
function Yt(e) {
  const t = Array.isArray(e) ? e[0] : e;
  return h(t) ? x(t.url) || x(t.name) : "";
}
let R = class extends N {
  render() {
    const e = this.content ?? {};
    return r`<clinickit-cta-preview
			.heading=${x(e[f.heading])}
			.body=${x(e[f.body])}
			.buttonLabel=${x(e[f.buttonLabel])}
			.linkText=${Yt(e[f.link])}
			.ctaStyle=${le(e[f.style]) || "Primary"}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}></clinickit-cta-preview>`;
  }
};
R.styles = B`
		:host {
			display: block;
		}
	`;
Te([
  c({ attribute: !1 })
], R.prototype, "manifest", 2);
Te([
  c({ attribute: !1 })
], R.prototype, "content", 2);
Te([
  c({ attribute: !1 })
], R.prototype, "config", 2);
R = Te([
  I("clinickit-cta-block-view")
], R);
const Xn = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitCtaBlockViewElement() {
    return R;
  },
  get element() {
    return R;
  },
  linkText: Yt
}, Symbol.toStringTag, { value: "Module" }));
function Jn(e, t, i) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const l of o.pages) {
      if (!l.articleKey) continue;
      const d = n.get(l.articleKey) ?? /* @__PURE__ */ new Set();
      d.add(o.key), n.set(l.articleKey, d);
    }
  const a = new Map(e.map((o) => [o.key, o.name])), s = ve(i);
  return e.map((o) => ({
    key: o.key,
    name: o.name,
    href: o.href,
    articles: o.pages.map((l) => {
      const d = l.articleKey ? t.get(l.articleKey) : void 0, p = ve(d?.nextReviewDue), O = l.articleKey ? [...n.get(l.articleKey) ?? []].filter((m) => m !== o.key) : [];
      return {
        pageKey: l.key,
        pageName: l.name,
        pageHref: l.href,
        article: d,
        articleMissing: !!l.articleKey && (!d || d.available === !1),
        overdue: p !== "" && s !== "" && p < s,
        alsoUsedBy: O.map((m) => a.get(m) ?? m).sort((m, me) => m.localeCompare(me))
      };
    })
  }));
}
function Qn(e) {
  return new Set(e.flatMap((t) => t.articles.map((i) => i.article?.key).filter(Boolean))).size;
}
async function ea(e, t) {
  const i = (await e.roots()).filter(
    (l) => !l.isTrashed && l.documentTypeKey === M.clinicSite.key
  ), n = await Promise.all(
    i.map(async (l) => {
      const d = (await e.children(l.key)).filter(
        (p) => !p.isTrashed && p.documentTypeKey === M.clinicArticle.key
      );
      return {
        key: l.key,
        name: l.name,
        href: e.editPath(l.key),
        pages: await Promise.all(
          d.map(async (p) => {
            const O = await e.document(p.key), [m] = Fe(v(O?.values, f.article));
            return { key: p.key, name: p.name, href: e.editPath(p.key), articleKey: m };
          })
        )
      };
    })
  ), a = [...new Set(n.flatMap((l) => l.pages.map((d) => d.articleKey).filter((d) => !!d)))], s = await Promise.all(a.map((l) => ta(e, l, t))), o = /* @__PURE__ */ new Map();
  for (const l of s) l && o.set(l.key, l);
  return Jn(n, o, t);
}
async function ta(e, t, i) {
  const n = await e.document(t);
  if (!n) return;
  const { audit: a, review: s } = await Mt(n.values, e, i);
  return {
    key: t,
    name: n.name,
    href: e.editPath(t),
    ...s,
    errors: a.errors,
    warnings: a.warnings,
    available: !n.isTrashed
  };
}
var ia = Object.defineProperty, na = Object.getOwnPropertyDescriptor, Zt = (e) => {
  throw TypeError(e);
}, Xe = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? na(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && ia(t, i, a), a;
}, aa = (e, t, i) => t.has(e) || Zt("Cannot " + i), sa = (e, t, i) => t.has(e) ? Zt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), re = (e, t, i) => (aa(e, t, "access private method"), i), F, Me, Xt, Jt, Qt;
let he = class extends N {
  constructor() {
    super(...arguments), sa(this, F), this.clinics = [], this.loading = !1;
  }
  render() {
    return this.loading ? r`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>` : r`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length ? r`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary", this.clinics.length, Qn(this.clinics))}
						</p>
						${Ie(
      this.clinics,
      (e) => e.key,
      (e) => re(this, F, Xt).call(this, e)
    )}` : r`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`;
  }
};
F = /* @__PURE__ */ new WeakSet();
Me = function(e) {
  const t = e ? $t(e) : void 0;
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : r`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`;
};
Xt = function(e) {
  return r`
			<uui-box headline=${e.name} data-clinic=${e.key}>
				${e.href ? r`<uui-button
							slot="header-actions"
							look="secondary"
							compact
							href=${e.href}
							label=${this.localize.term("clinickit_openClinicLabel", e.name)}
							>${this.localize.term("clinickit_openClinic")}</uui-button
						>` : u}
				${e.articles.length === 0 ? r`<p class="muted">${this.localize.term("clinickit_clinicNoArticles")}</p>` : r`<uui-table aria-label=${e.name}>
							<uui-table-head>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLibraryArticle")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLastReviewed")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnNextReview")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAudit")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAlsoUsedBy")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnClinicPage")}</uui-table-head-cell>
							</uui-table-head>
							${Ie(
    e.articles,
    (t) => t.pageKey,
    (t) => re(this, F, Jt).call(this, t)
  )}
						</uui-table>`}
			</uui-box>
		`;
};
Jt = function(e) {
  const t = e.article;
  return r`
			<uui-table-row data-page=${e.pageKey} data-article=${t?.key ?? ""}>
				<uui-table-cell>
					${t && t.available !== !1 ? r`<span class="article">
									<uui-icon name="icon-document-medal" aria-hidden="true"></uui-icon>
									${t.href ? r`<a href=${t.href}>${t.name}</a>` : t.name}
								</span>
								${e.pageName && e.pageName !== t.name ? r`<div class="muted shown-as">${this.localize.term("clinickit_shownAs", e.pageName)}</div>` : u}` : r`<uui-tag color=${e.articleMissing ? "danger" : "default"} look="secondary"
								>${e.articleMissing ? this.localize.term("clinickit_stateMissing") : this.localize.term("clinickit_notPicked")}</uui-tag
							>`}
				</uui-table-cell>
				<uui-table-cell class="date">${t ? re(this, F, Me).call(this, t.lastReviewed) : u}</uui-table-cell>
				<uui-table-cell class="date">
					${t ? re(this, F, Me).call(this, t.nextReviewDue) : u}
					${e.overdue ? r`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>` : u}
				</uui-table-cell>
				<uui-table-cell class="audit">${t ? re(this, F, Qt).call(this, t) : u}</uui-table-cell>
				<uui-table-cell>
					${t ? e.alsoUsedBy.length ? e.alsoUsedBy.join(", ") : r`<span class="muted">${this.localize.term("clinickit_onlyThisClinic")}</span>` : u}
				</uui-table-cell>
				<uui-table-cell class="page">
					${e.pageHref ? r`<uui-button
								look="secondary"
								compact
								href=${e.pageHref}
								label=${this.localize.term("clinickit_openClinicPageLabel", t?.name ?? e.pageName)}
								>${this.localize.term("clinickit_openClinicPage")}</uui-button
							>` : e.pageName}
				</uui-table-cell>
			</uui-table-row>
		`;
};
Qt = function(e) {
  return !e.errors && !e.warnings ? r`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : r`${e.errors ? r`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", e.errors)}</uui-tag>` : u}
		${e.warnings ? r`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", e.warnings)}</uui-tag>` : u}`;
};
he.styles = [
  te,
  $e,
  B`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
			}
			.intro,
			.summary {
				margin: 0;
			}
			.summary {
				font-weight: 700;
			}
			.article {
				display: inline-flex;
				gap: var(--uui-size-space-2);
				align-items: center;
			}
			uui-table-cell {
				vertical-align: top;
			}
			.audit,
			.date {
				white-space: nowrap;
			}
			.date uui-tag {
				display: table;
				margin-top: var(--uui-size-space-1);
			}
			a {
				color: var(--uui-color-interactive);
			}
			a:hover {
				color: var(--uui-color-interactive-emphasis);
			}
		`
];
Xe([
  c({ attribute: !1 })
], he.prototype, "clinics", 2);
Xe([
  c({ type: Boolean })
], he.prototype, "loading", 2);
he = Xe([
  I("clinickit-clinics-table")
], he);
var oa = Object.defineProperty, ra = Object.getOwnPropertyDescriptor, ei = (e) => {
  throw TypeError(e);
}, Y = (e, t, i, n) => {
  for (var a = n > 1 ? void 0 : n ? ra(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (a = (n ? o(t, i, a) : o(a)) || a);
  return n && a && oa(t, i, a), a;
}, la = (e, t, i) => t.has(e) || ei("Cannot " + i), ca = (e, t, i) => t.has(e) ? ei("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ua = (e, t, i) => (la(e, t, "access private method"), i), Re, ti;
let K = class extends N {
  constructor() {
    super(...arguments), ca(this, Re), this._clinics = [], this._loading = !0, this._failed = !1;
  }
  connectedCallback() {
    super.connectedCallback(), ua(this, Re, ti).call(this);
  }
  render() {
    return this._failed ? r`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : r`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
  }
};
Re = /* @__PURE__ */ new WeakSet();
ti = async function() {
  this._loading = !0;
  try {
    const e = await ce(this, this.source);
    this._clinics = await ea(e, this.today ?? Bt()), this._failed = !1;
  } catch (e) {
    console.error("ClinicKit: could not load the clinics.", e), this._failed = !0;
  } finally {
    this._loading = !1;
  }
};
K.styles = [
  te,
  B`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
Y([
  c({ attribute: !1 })
], K.prototype, "manifest", 2);
Y([
  c({ attribute: !1 })
], K.prototype, "source", 2);
Y([
  c()
], K.prototype, "today", 2);
Y([
  _()
], K.prototype, "_clinics", 2);
Y([
  _()
], K.prototype, "_loading", 2);
Y([
  _()
], K.prototype, "_failed", 2);
K = Y([
  I("clinickit-clinics-dashboard")
], K);
const da = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClinicsDashboardElement() {
    return K;
  },
  get element() {
    return K;
  }
}, Symbol.toStringTag, { value: "Module" })), fe = 100, ha = 3e4, Ae = /* @__PURE__ */ new Map();
class Je {
  #t;
  #i;
  #e;
  constructor(t) {
    this.#t = new si(t), this.#i = new oi(t), this.#e = new ri(t);
  }
  static for(t) {
    return new Je(t);
  }
  editPath(t) {
    return li.generateAbsolute({ unique: t });
  }
  async citations(t) {
    const i = Date.now(), n = [...new Set(t)], a = n.filter((o) => {
      const l = Ae.get(o);
      return !l || i - l.at > ha;
    });
    if (a.length) {
      const o = this.#a(a);
      for (const l of a) Ae.set(l, { at: i, value: o.then((d) => d[l]) });
    }
    const s = {};
    for (const o of n) {
      const l = await Ae.get(o)?.value;
      l && (s[o] = l);
    }
    return s;
  }
  async #a(t) {
    const { data: i } = await this.#t.requestItems(t), n = i ?? [], a = {};
    return await Promise.all(
      n.map(async (s) => {
        const l = (await this.document(s.unique))?.values ?? [], d = x(v(l, f.title)) || ma(s), p = [
          x(v(l, f.authors)),
          x(v(l, f.publication)),
          x(v(l, f.year))
        ].filter(Boolean).join(" · ");
        a[s.unique] = {
          key: s.unique,
          title: d,
          state: pa(s),
          source: p,
          href: s.isTrashed ? void 0 : this.editPath(s.unique)
        };
      })
    ), a;
  }
  async document(t) {
    const { data: i } = await this.#i.requestByUnique(t);
    if (i)
      return {
        key: i.unique,
        name: i.variants.find((n) => n.culture === null)?.name ?? i.variants[0]?.name ?? "",
        documentTypeKey: i.documentType.unique,
        isTrashed: i.isTrashed,
        values: i.values
      };
  }
  async roots() {
    return this.#n((t) => this.#e.requestTreeRootItems({ paging: { skip: t, take: fe } }));
  }
  async children(t) {
    return this.#n(
      (i) => this.#e.requestTreeItemsOf({
        parent: { unique: t, entityType: ci },
        paging: { skip: i, take: fe }
      })
    );
  }
  async #n(t) {
    const i = [];
    for (let n = 0; ; n += fe) {
      const { data: a } = await t(n);
      if (!a || (i.push(
        ...a.items.map((s) => ({
          key: s.unique,
          name: s.variants.find((o) => o.culture === null)?.name ?? s.variants[0]?.name ?? "",
          documentTypeKey: s.documentType.unique,
          isTrashed: s.isTrashed
        }))
      ), a.items.length < fe || i.length >= a.total)) break;
    }
    return i;
  }
}
function ma(e) {
  return e.variants.find((t) => t.culture === null)?.name ?? e.variants[0]?.name ?? e.unique;
}
function pa(e) {
  return e.isTrashed ? "trashed" : e.variants.some(
    (i) => i.state === tt.PUBLISHED || i.state === tt.PUBLISHED_PENDING_CHANGES
  ) ? "published" : "unpublished";
}
const fa = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  UmbracoContentSource: Je
}, Symbol.toStringTag, { value: "Module" }));
export {
  $a as manifests
};
