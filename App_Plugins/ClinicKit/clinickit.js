import { UMB_DOCUMENT_WORKSPACE_CONTEXT as xt, UmbDocumentItemRepository as St, UmbDocumentDetailRepository as Et, UmbDocumentTreeRepository as At, UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN as Pt, UMB_DOCUMENT_ENTITY_TYPE as Ot } from "@umbraco-cms/backoffice/document";
import { css as A, nothing as u, html as o, property as c, customElement as D, repeat as xe, state as b } from "@umbraco-cms/backoffice/external/lit";
import { UmbLitElement as L } from "@umbraco-cms/backoffice/lit-element";
import { observeMultiple as We } from "@umbraco-cms/backoffice/observable-api";
import { UmbTextStyles as Z } from "@umbraco-cms/backoffice/style";
import { UMB_BLOCK_MANAGER_CONTEXT as Dt } from "@umbraco-cms/backoffice/block";
import { DocumentVariantStateModel as Ne } from "@umbraco-cms/backoffice/external/backend-api";
const B = (e, t, i) => `${e} ${e === 1 ? t : i}`, Fe = {
  clinickit: {
    claimsTab: "Claims",
    clinicsDashboard: "Clinics",
    claimsAudit: "Claims audit",
    claimsInArticle: "Claims in this article",
    claimsInLibraryArticle: (e) => `Claims in the library article "${e}"`,
    claimCount: (e) => B(e, "claim", "claims"),
    citationCount: (e) => B(e, "source cited", "sources cited"),
    errorCount: (e) => B(e, "error", "errors"),
    warningCount: (e) => B(e, "warning", "warnings"),
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
    openInLibraryLabel: (e) => `Open in library: claim ${e}`,
    stateUnpublished: "Not published",
    stateTrashed: "In recycle bin",
    stateMissing: "Does not exist",
    reviewedBy: (e, t) => `Medically reviewed by ${e} on ${t}`,
    reviewNotRecorded: "No medical review recorded",
    nextReviewDue: (e) => `Next review due ${e}`,
    reviewOverdue: "Review overdue",
    pickArticleFirst: "This clinic page does not pick a library article yet.",
    citationsLabel: "Sources",
    problemCount: (e) => B(e, "problem", "problems"),
    ctaLabel: "Call to action",
    ctaTokensHint: "Clinic tokens are filled in for each clinic when the page is shown.",
    ctaToken: (e) => `Clinic token ${e}`,
    ctaNoLink: "No link picked",
    ctaLinksTo: "Links to",
    clinicsIntro: "Each clinic site reuses articles from the shared library. A change to a library article shows on every clinic listed with it.",
    clinicsSummary: (e, t) => `${B(e, "clinic site", "clinic sites")} · ${B(t, "library article", "library articles")} reused`,
    noClinics: "There are no clinic sites yet.",
    clinicNoArticles: "This clinic shows no library articles yet.",
    columnClinicPage: "Clinic page",
    columnLibraryArticle: "Library article",
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
}, U = {
  article: { alias: "clinicKitArticle", key: "c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3" },
  clinicSite: { alias: "clinicKitClinicSite", key: "e80c0bdb-a856-48a4-9a32-5182310aed56" },
  clinicArticle: { alias: "clinicKitClinicArticle", key: "e65efc5c-eb04-4012-a6c7-68d568dc80e1" },
  claimBlock: { alias: "clinicKitClaimBlock", key: "d40032df-5b93-4a26-a1dd-b407cf0954cf" },
  ctaBlock: { alias: "clinicKitCtaBlock", key: "7174234c-2e60-4103-8fa9-e8b8e205c168" }
}, h = {
  title: "title",
  body: "body",
  reviewedBy: "reviewedBy",
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
}, Lt = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g, Se = "clinickit-claims", Bt = {
  type: "workspaceView",
  alias: "ClinicKit.WorkspaceView.Claims",
  name: "ClinicKit Claims workspace view",
  element: () => Promise.resolve().then(() => Li),
  // After Umbraco's Content (200) and before Info (100).
  weight: 150,
  meta: {
    label: "#clinickit_claimsTab",
    pathname: Se,
    icon: "icon-document-medal"
  },
  conditions: [
    { alias: "Umb.Condition.WorkspaceAlias", match: "Umb.Workspace.Document" },
    {
      alias: "Umb.Condition.WorkspaceContentTypeAlias",
      oneOf: [U.article.alias, U.clinicArticle.alias]
    }
  ]
}, Nt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Claim",
  name: "ClinicKit claim block preview",
  element: () => Promise.resolve().then(() => Ui),
  forContentTypeAlias: U.claimBlock.alias,
  forBlockEditor: "block-list"
}, Rt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Cta",
  name: "ClinicKit call-to-action block preview",
  element: () => Promise.resolve().then(() => Hi),
  forContentTypeAlias: U.ctaBlock.alias,
  forBlockEditor: "block-list"
}, Mt = {
  type: "dashboard",
  alias: "ClinicKit.Dashboard.Clinics",
  name: "ClinicKit Clinics dashboard",
  element: () => Promise.resolve().then(() => oa),
  weight: 15,
  meta: {
    label: "#clinickit_clinicsDashboard",
    pathname: "clinickit-clinics"
  },
  conditions: [{ alias: "Umb.Condition.SectionAlias", match: "Umb.Section.Content" }]
}, Ut = {
  type: "localization",
  alias: "ClinicKit.Localization.EnUs",
  name: "ClinicKit English (United States)",
  meta: {
    culture: "en-US",
    localizations: Fe
  }
}, qt = {
  type: "localization",
  alias: "ClinicKit.Localization.En",
  name: "ClinicKit English (fallback)",
  meta: {
    culture: "en",
    localizations: Fe
  }
}, va = [
  Ut,
  qt,
  Bt,
  Nt,
  Rt,
  Mt
], It = (e) => e === "error" ? "danger" : "warning";
function je(e) {
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
function He(e) {
  return e.length === 0 ? u : o`<ul class="findings">
		${e.map(
    (t) => o`<li class="finding ${t.severity}" data-code=${t.code}>
					<uui-icon name=${t.severity === "error" ? "icon-alert" : "icon-info"} aria-hidden="true"></uui-icon>
					<span>${t.message}</span>
				</li>`
  )}
	</ul>`;
}
function Ge(e) {
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(e);
  return t ? new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))) : void 0;
}
const me = A`
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
var Vt = Object.defineProperty, Wt = Object.getOwnPropertyDescriptor, Ye = (e) => {
  throw TypeError(e);
}, V = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Wt(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Vt(t, i, n), n;
}, Ft = (e, t, i) => t.has(e) || Ye("Cannot " + i), jt = (e, t, i) => t.has(e) ? Ye("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), q = (e, t, i) => (Ft(e, t, "access private method"), i), x, Xe, ve, Ze, Je, Qe, et;
let S = class extends L {
  constructor() {
    super(...arguments), jt(this, x), this.claims = [], this.articleFindings = [], this.inLibrary = !1, this.loading = !1;
  }
  render() {
    const e = [...this.claims.flatMap((n) => n.findings), ...this.articleFindings], t = e.filter((n) => n.severity === "error").length, i = e.length - t, a = new Set(this.claims.flatMap((n) => n.citations.map((r) => r.key))).size;
    return o`
			<uui-box headline=${this.localize.term("clinickit_claimsAudit")}>
				<div slot="header-actions" class="tags" id="status">
					${this.loading ? o`<uui-loader-circle aria-label=${this.localize.term("clinickit_loading")}></uui-loader-circle>` : u}
					${t ? o`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", t)}</uui-tag>` : u}
					${i ? o`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", i)}</uui-tag>` : u}
					${!t && !i && !this.loading ? o`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : u}
				</div>
				<p class="summary">
					${this.localize.term("clinickit_claimCount", this.claims.length)} ·
					${this.localize.term("clinickit_citationCount", a)}
				</p>
				${q(this, x, Ze).call(this)} ${He(this.articleFindings)}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length === 0 ? o`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>` : q(this, x, Je).call(this)}
			</uui-box>
		`;
  }
};
x = /* @__PURE__ */ new WeakSet();
Xe = function(e) {
  this.dispatchEvent(
    new CustomEvent("clinickit-go-to-block", {
      detail: { blockKey: e.blockKey, claim: e.number },
      bubbles: !0,
      composed: !0
    })
  );
};
ve = function(e) {
  const t = Ge(e);
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : e;
};
Ze = function() {
  const e = this.review;
  if (!e) return u;
  const t = e.reviewedBy && e.lastReviewed ? this.localize.term("clinickit_reviewedBy", e.reviewedBy, q(this, x, ve).call(this, e.lastReviewed)) : this.localize.term("clinickit_reviewNotRecorded");
  return o`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${t}${e.nextReviewDue ? o` · ${this.localize.term("clinickit_nextReviewDue", q(this, x, ve).call(this, e.nextReviewDue))}` : u}</span>
		</p>`;
};
Je = function() {
  return o`
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
				${xe(
    this.claims,
    (e) => e.blockKey,
    (e) => q(this, x, Qe).call(this, e)
  )}
			</uui-table>
		`;
};
Qe = function(e) {
  const t = e.findings.some((i) => i.severity === "error") ? "error" : e.findings.length ? "warning" : "ok";
  return o`
			<uui-table-row class="claim ${t}" data-block-key=${e.blockKey} data-claim=${e.number}>
				<uui-table-cell class="col-number"><span class="number">${e.number}</span></uui-table-cell>
				<uui-table-cell class="col-claim">
					<div class="statement">
						${e.statement || o`<em class="muted">—</em>`}${e.citations.length ? o`<sup class="refs">[${e.citations.map((i) => i.number).join(", ")}]</sup>` : u}
					</div>
					${e.qualifier ? o`<div class="qualifier"><strong>${this.localize.term("clinickit_qualifier")}:</strong> ${e.qualifier}</div>` : u}
				</uui-table-cell>
				<uui-table-cell class="col-sources">${q(this, x, et).call(this, e.citations)}</uui-table-cell>
				<uui-table-cell class="col-evidence">
					${e.claimType ? o`<uui-tag look="secondary">${e.claimType}</uui-tag>` : u}
					<div>${e.evidenceStrength || o`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					${e.findings.length ? He(e.findings) : o`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look=${t === "ok" ? "secondary" : "primary"}
						color=${t === "error" ? "danger" : t === "warning" ? "warning" : "default"}
						compact
						label=${this.inLibrary ? this.localize.term("clinickit_openInLibraryLabel", e.number) : this.localize.term("clinickit_goToBlockLabel", e.number)}
						@click=${() => q(this, x, Xe).call(this, e)}>
						${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
};
et = function(e) {
  return e.length === 0 ? o`<span class="muted">${this.localize.term("clinickit_noSources")}</span>` : o`<ol class="sources">
			${e.map((t) => {
    const i = je(t.state);
    return o`<li class="source ${t.state}" data-key=${t.key}>
					<span class="ref-number">${t.number}</span>
					<span class="source-text">
						${t.href ? o`<a href=${t.href}>${t.title}</a>` : o`<span class="title">${t.title}</span>`}
						${t.source ? o`<span class="source-line">${t.source}</span>` : u}
						${i ? o`<uui-tag color=${t.state === "missing" ? "danger" : It("error")} look="secondary"
									>${this.localize.term(i)}</uui-tag
								>` : u}
					</span>
				</li>`;
  })}
		</ol>`;
};
S.styles = [
  Z,
  me,
  A`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
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
			.col-claim {
				min-width: 16em;
			}
			.statement {
				font-weight: 700;
				line-height: 1.4;
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
				min-width: 14em;
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
			.col-evidence {
				min-width: 10em;
			}
			.col-evidence uui-tag {
				margin-bottom: var(--uui-size-space-2);
			}
			.col-problems {
				min-width: 16em;
			}
			.col-actions {
				width: 1%;
				white-space: nowrap;
				text-align: right;
			}
		`
];
V([
  c({ attribute: !1 })
], S.prototype, "claims", 2);
V([
  c({ attribute: !1 })
], S.prototype, "articleFindings", 2);
V([
  c({ attribute: !1 })
], S.prototype, "review", 2);
V([
  c()
], S.prototype, "headline", 2);
V([
  c({ type: Boolean, attribute: "in-library" })
], S.prototype, "inLibrary", 2);
V([
  c({ type: Boolean })
], S.prototype, "loading", 2);
S = V([
  D("clinickit-claims-table")
], S);
const ke = "clinickit-focus-block", Ht = 12e4;
let N;
function Gt(e) {
  N = { blockKey: e.toLowerCase(), at: Date.now() }, window.dispatchEvent(new CustomEvent(ke, { detail: { blockKey: N.blockKey } }));
}
function Yt(e) {
  return !N || !e ? !1 : Date.now() - N.at > Ht ? (N = void 0, !1) : N.blockKey !== e.toLowerCase() ? !1 : (N = void 0, !0);
}
function Xt(e) {
  const t = () => e();
  return window.addEventListener(ke, t), () => window.removeEventListener(ke, t);
}
function Zt(e, t) {
  const i = `/view/${t}`, a = e.lastIndexOf(i);
  if (!(a < 0))
    return `${e.slice(0, a)}/view/content`;
}
function ye(e) {
  window.history.pushState({}, "", e);
}
const Jt = { elementTypeKey: "d40032df-5b93-4a26-a1dd-b407cf0954cf", properties: { statement: "statement", citations: "citations", claimType: "claimType", evidenceStrength: "evidenceStrength", qualifier: "qualifier" } }, Qt = { elementTypeKey: "5afe1b10-c15a-4e7d-9b3e-2f1a6c0d4e15", sections: ["whoShouldNotHaveIt", "risks", "monitoring"] }, ei = "Regulatory", ti = ["Small or early clinical study", "Animal or laboratory study", "Expert review or guidance"], ii = 60, ai = [{ code: "CK0304", severity: "error", message: "{claim} has no statement." }, { code: "CK0301", severity: "error", message: "{claim} cites no source." }, { code: "CK0302", severity: "error", message: "{claim} cites {citation}, which does not exist." }, { code: "CK0303", severity: "error", message: '{claim} cites "{citation}", which is not published.' }, { code: "CK0306", severity: "warning", message: "{claim} has no claim type or evidence strength." }, { code: "CK0305", severity: "warning", message: "{claim} rests on limited evidence and has no qualifier." }], ni = [{ code: "CK0320", severity: "error", message: "This article discusses {treatment} but has no important safety information (a safety block with at least one point)." }, { code: "CK0321", severity: "error", message: "This article discusses {treatment} but no claim states its regulatory status (claim type Regulatory)." }], ri = [{ code: "CK0310", severity: "warning", message: "The medical review was due on {due} and is overdue." }, { code: "CK0311", severity: "warning", message: "This article makes claims but records no medical review." }], w = {
  claimBlock: Jt,
  safetyBlock: Qt,
  regulatoryClaimType: ei,
  limitedEvidence: ti,
  statementPreviewLength: ii,
  claimRules: ai,
  treatmentRules: ni,
  reviewRules: ri
}, tt = "Umbraco.BlockList";
function Re(e) {
  const t = si(e);
  if (!t) return [];
  const i = Array.isArray(t.contentData) ? t.contentData.filter(li) : [], a = /* @__PURE__ */ new Map();
  for (const r of i) {
    const s = r.key.toLowerCase();
    a.has(s) || a.set(s, r);
  }
  const n = [];
  for (const r of oi(t)) {
    const s = a.get(r.toLowerCase());
    s && n.push(s);
  }
  return n;
}
function H(e, t) {
  return e.values.find(
    (a) => g(a) && a.alias === t && a.culture == null && a.segment == null
  )?.value;
}
function si(e) {
  let t = e;
  if (typeof t == "string") {
    if (t.trim() === "") return;
    try {
      t = JSON.parse(t);
    } catch {
      return;
    }
  }
  return g(t) ? t : void 0;
}
function oi(e) {
  const t = "Layout" in e ? "Layout" : Object.keys(e).find((n) => n.toLowerCase() === "layout"), i = t ? e[t] : void 0;
  if (!g(i)) return [];
  const a = i[tt];
  return Array.isArray(a) ? a.map((n) => g(n) && typeof n.contentKey == "string" ? n.contentKey : void 0).filter((n) => n !== void 0) : [];
}
function li(e) {
  return g(e) && typeof e.contentTypeKey == "string" && typeof e.key == "string" && Array.isArray(e.values);
}
function g(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
const ci = w, it = new Map(
  [...w.claimRules, ...w.treatmentRules, ...w.reviewRules].map((e) => [e.code, e])
);
[...it.keys()];
const Me = w.claimBlock.elementTypeKey.toLowerCase(), J = w.claimBlock.properties, ui = w.safetyBlock.elementTypeKey.toLowerCase(), di = w.safetyBlock.sections, hi = new Set(w.limitedEvidence), Ue = w.statementPreviewLength, pi = /^umb:\/\/document\/([0-9a-fA-F]{32})$/, mi = /^(\d{4}-\d{2}-\d{2})/;
function fi(e) {
  const t = it.get(e);
  if (!t) throw new Error(`claim-rules.json defines no rule ${e}`);
  return t;
}
function Ee(e) {
  const t = [];
  for (const i of Re(e)) {
    const a = i.contentTypeKey.toLowerCase();
    if (a === Me) t.push(qe(i, t.length + 1, null));
    else if (a === ui)
      for (const n of di)
        for (const r of Re(H(i, n)))
          r.contentTypeKey.toLowerCase() === Me && t.push(qe(r, t.length + 1, n));
  }
  return t;
}
function qe(e, t, i) {
  return {
    number: t,
    blockKey: e.key,
    statement: I(H(e, J.statement)),
    citations: at(H(e, J.citations)),
    claimType: ne(H(e, J.claimType)),
    evidenceStrength: ne(H(e, J.evidenceStrength)),
    qualifier: I(H(e, J.qualifier)),
    safetySection: i
  };
}
function I(e) {
  return typeof e == "string" ? e.replace(/\s+/g, " ").trim() : "";
}
function at(e) {
  let t;
  return typeof e == "string" ? t = e.split(",") : Array.isArray(e) ? t = e.filter((i) => typeof i == "string") : t = [], t.map((i) => i.trim()).filter((i) => i !== "").map((i) => {
    const a = pi.exec(i);
    return a ? { key: yi(a[1]), isDocument: !0 } : { key: i, isDocument: !1 };
  });
}
function yi(e) {
  const t = e.toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function ne(e) {
  let t = e;
  if (typeof t == "string" && t.trim().startsWith("["))
    try {
      t = JSON.parse(t);
    } catch {
    }
  return Array.isArray(t) && (t = t[0]), typeof t == "string" ? t.trim() : "";
}
function he(e) {
  if (typeof e != "string") return "";
  const t = mi.exec(e.trim());
  return t ? t[1] : "";
}
function bi(e) {
  return e.statement === "" ? `Claim ${e.number}` : `Claim ${e.number} ("${gi(e.statement)}")`;
}
function gi(e) {
  return e.length <= Ue ? e : e.slice(0, Ue - 1).trimEnd() + "…";
}
function vi(e, t) {
  return e.replace(
    /\{(\w+)\}/g,
    (i, a) => Object.prototype.hasOwnProperty.call(t, a) ? t[a] : i
  );
}
function C(e, t, i, a) {
  const n = fi(e);
  return {
    code: e,
    severity: a ?? n.severity,
    claim: i.claim?.number ?? null,
    blockKey: i.claim?.blockKey ?? null,
    citation: i.citation ?? null,
    message: vi(n.message, t)
  };
}
function _e(e, t) {
  const i = [], a = { claim: bi(e) };
  e.statement === "" && i.push(C("CK0304", a, { claim: e })), e.citations.length === 0 && i.push(C("CK0301", a, { claim: e }));
  for (const n of e.citations) {
    const r = n.isDocument ? Ci(t, n.key) : void 0;
    if (!r)
      i.push(C("CK0302", { ...a, citation: n.key }, { claim: e, citation: n.key }));
    else if (r.state !== "published") {
      const s = r.title || n.key;
      i.push(C("CK0303", { ...a, citation: s }, { claim: e, citation: n.key }));
    }
  }
  return (e.claimType === "" || e.evidenceStrength === "") && i.push(C("CK0306", a, { claim: e })), hi.has(e.evidenceStrength) && e.qualifier === "" && i.push(C("CK0305", a, { claim: e })), i;
}
function ki(e, t) {
  const i = I(t);
  if (i === "") return [];
  const a = [];
  return e.some((n) => n.safetySection !== null) || a.push(C("CK0320", { treatment: i }, {})), e.some((n) => n.claimType === w.regulatoryClaimType) || a.push(C("CK0321", { treatment: i }, {})), a;
}
function _i(e, t, i, a = {}) {
  const n = [], r = he(t?.nextReviewDue), s = he(i);
  r !== "" && s !== "" && r < s && n.push(C("CK0310", { due: r }, {}, a.reviewOverdueIsError ? "error" : void 0));
  const l = I(t?.reviewedBy), d = I(t?.lastReviewed);
  return e > 0 && (l === "" || d === "") && n.push(C("CK0311", {}, {})), n;
}
function wi(e) {
  const t = Ee(e.body), i = t.flatMap((a) => _e(a, e.citations));
  return i.push(...ki(t, e.treatment)), i.push(..._i(t.length, e.review, e.today, e.options)), { claims: t, findings: i };
}
function $i(e) {
  return [...new Set(e.flatMap((t) => t.citations.filter((i) => i.isDocument).map((i) => i.key)))];
}
function Ci(e, t) {
  return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
}
function we(e) {
  const t = /* @__PURE__ */ new Map();
  for (const i of e)
    for (const a of i.citations)
      t.has(a.key) || t.set(a.key, t.size + 1);
  return t;
}
function nt(e, t, i) {
  const a = e.isDocument && Object.prototype.hasOwnProperty.call(i, e.key) ? i[e.key] : void 0;
  return {
    number: t,
    key: e.key,
    title: a && a.title || e.key,
    source: a?.source ?? "",
    state: a ? a.state : "missing",
    href: a?.href
  };
}
function zi(e, t, i) {
  const a = we(e);
  return e.map((n) => ({
    number: n.number,
    blockKey: n.blockKey,
    statement: n.statement,
    qualifier: n.qualifier,
    claimType: n.claimType,
    evidenceStrength: n.evidenceStrength,
    citations: n.citations.map((r) => nt(r, a.get(r.key) ?? 0, i)),
    findings: t.filter((r) => r.claim === n.number)
  }));
}
function Ti(e) {
  const { claims: t, findings: i } = wi({
    body: e.body,
    citations: e.details,
    review: e.review,
    treatment: e.treatment,
    today: e.today,
    options: e.options
  });
  return {
    claims: zi(t, i, e.details),
    articleFindings: i.filter((a) => a.claim === null),
    findings: i,
    errors: i.filter((a) => a.severity === "error").length,
    warnings: i.filter((a) => a.severity === "warning").length
  };
}
function Ki(e) {
  return $i(Ee(e));
}
const xi = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, Si = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;
function k(e, t) {
  return e ? (e.find((a) => a.alias === t && a.culture == null && a.segment == null) ?? e.find((a) => a.alias === t))?.value : void 0;
}
function Ie(e) {
  if (!xi.test(e)) return;
  const t = e.replace(/-/g, "").toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function rt(e) {
  const t = [], i = (a) => {
    const n = a.trim(), r = Si.exec(n), s = r ? r[1] === "document" ? Ie(r[2]) : void 0 : Ie(n);
    s && t.push(s);
  };
  if (typeof e == "string") e.split(",").forEach(i);
  else if (Array.isArray(e))
    for (const a of e)
      typeof a == "string" ? i(a) : g(a) && typeof a.unique == "string" && (a.type === void 0 || a.type === "document") && i(a.unique);
  return t;
}
function st(e) {
  return !Array.isArray(e) || e.length === 0 || !e.every((t) => g(t) && typeof t.unique == "string") ? e : e.map((t) => {
    const i = t;
    return `umb://${typeof i.type == "string" && i.type !== "" ? i.type : "document"}/${i.unique.replace(/-/g, "").toLowerCase()}`;
  });
}
function ot(e) {
  return !g(e) || !Array.isArray(e.contentData) ? e : {
    ...e,
    contentData: e.contentData.map(
      (t) => g(t) && Array.isArray(t.values) ? {
        ...t,
        values: t.values.map(
          (i) => g(i) ? { ...i, value: st(i.value) } : i
        )
      } : t
    )
  };
}
function Ve(e) {
  return typeof e == "string" ? e.trim() : g(e) && typeof e.date == "string" ? e.date.trim() : "";
}
function _(e) {
  return typeof e == "string" ? e.trim() : typeof e == "number" ? String(e) : "";
}
function lt(e = /* @__PURE__ */ new Date()) {
  const t = (i) => String(i).padStart(2, "0");
  return `${e.getFullYear()}-${t(e.getMonth() + 1)}-${t(e.getDate())}`;
}
function Ei(e) {
  return {
    reviewedBy: _(k(e, h.reviewedBy)),
    lastReviewed: Ve(k(e, h.lastReviewed)),
    nextReviewDue: Ve(k(e, h.nextReviewDue))
  };
}
function Ai(e) {
  return ot(k(e, h.body));
}
async function ct(e, t, i, a) {
  const n = Ai(e), r = Ei(e), s = Ki(n), l = s.length ? await t.citations(s) : {}, d = _(k(e, h.treatment));
  return { audit: Ti({ body: n, details: l, review: r, treatment: d, today: i, options: a }), review: r };
}
async function re(e, t) {
  if (t) return t;
  const { UmbracoContentSource: i } = await Promise.resolve().then(() => da);
  return i.for(e);
}
var Pi = Object.defineProperty, Oi = Object.getOwnPropertyDescriptor, ut = (e) => {
  throw TypeError(e);
}, z = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Oi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Pi(t, i, n), n;
}, Ae = (e, t, i) => t.has(e) || ut("Cannot " + i), R = (e, t, i) => (Ae(e, t, "read from private field"), t.get(e)), le = (e, t, i) => t.has(e) ? ut("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), Pe = (e, t, i, a) => (Ae(e, t, "write to private field"), t.set(e, i), i), $e = (e, t, i) => (Ae(e, t, "access private method"), i), Di = (e, t, i, a) => ({
  set _(n) {
    Pe(e, t, n);
  },
  get _() {
    return R(e, t);
  }
}), X, se, pe, te, dt, ht, pt;
let f = class extends L {
  constructor() {
    super(), le(this, te), this._noArticlePicked = !1, this._loading = !0, this._failed = !1, le(this, X, 0), le(this, se), le(this, pe), this.consumeContext(xt, (e) => {
      e && (Pe(this, pe, e), this.observe(
        We([e.contentTypeUnique, e.values]),
        ([t, i]) => $e(this, te, dt).call(this, t, i ?? []),
        "clinickitObserveDocument"
      ));
    });
  }
  disconnectedCallback() {
    super.disconnectedCallback(), clearTimeout(R(this, se));
  }
  render() {
    return this._failed ? o`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : this._noArticlePicked ? o`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>` : this._audit ? o`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.review=${this._review}
			.headline=${this._library ? this.localize.term("clinickit_claimsInLibraryArticle", this._library.name) : void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${$e(this, te, pt)}></clinickit-claims-table>` : o`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`;
  }
};
X = /* @__PURE__ */ new WeakMap();
se = /* @__PURE__ */ new WeakMap();
pe = /* @__PURE__ */ new WeakMap();
te = /* @__PURE__ */ new WeakSet();
dt = function(e, t) {
  clearTimeout(R(this, se)), Pe(this, se, setTimeout(() => {
    $e(this, te, ht).call(this, e, t);
  }, this._audit ? 250 : 0));
};
ht = async function(e, t) {
  const i = ++Di(this, X)._;
  this._loading = !0;
  try {
    const a = await re(this, this.source), n = this.today ?? lt();
    let r = t, s, l = !1;
    if (e === U.clinicArticle.key) {
      const [j] = rt(k(t, h.article)), m = j ? await a.document(j) : void 0;
      r = m?.values, s = m ? { key: m.key, name: m.name } : void 0, l = !m;
    }
    const { audit: d, review: p } = await ct(r ?? [], a, n);
    if (i !== R(this, X)) return;
    this._audit = d, this._review = p, this._library = s, this._noArticlePicked = l, this._failed = !1;
  } catch (a) {
    if (i !== R(this, X)) return;
    console.error("ClinicKit: could not audit the claims of this document.", a), this._failed = !0;
  } finally {
    i === R(this, X) && (this._loading = !1);
  }
};
pt = async function(e) {
  if (Gt(e.detail.blockKey), this._library) {
    const i = await re(this, this.source);
    ye(i.editPath(this._library.key));
    return;
  }
  const t = Zt(window.location.pathname, this.manifest?.meta.pathname ?? Se);
  if (t) ye(t);
  else {
    const i = R(this, pe)?.getUnique?.();
    i && ye((await re(this, this.source)).editPath(i));
  }
};
f.styles = [
  Z,
  A`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
z([
  c({ attribute: !1 })
], f.prototype, "manifest", 2);
z([
  c({ attribute: !1 })
], f.prototype, "source", 2);
z([
  c()
], f.prototype, "today", 2);
z([
  b()
], f.prototype, "_audit", 2);
z([
  b()
], f.prototype, "_review", 2);
z([
  b()
], f.prototype, "_library", 2);
z([
  b()
], f.prototype, "_noArticlePicked", 2);
z([
  b()
], f.prototype, "_loading", 2);
z([
  b()
], f.prototype, "_failed", 2);
f = z([
  D("clinickit-claims-workspace-view")
], f);
const Li = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CLAIMS_VIEW_PATHNAME: Se,
  get ClinicKitClaimsWorkspaceViewElement() {
    return f;
  },
  get element() {
    return f;
  }
}, Symbol.toStringTag, { value: "Module" }));
var Bi = Object.defineProperty, Ni = Object.getOwnPropertyDescriptor, T = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ni(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Bi(t, i, n), n;
};
let v = class extends L {
  constructor() {
    super(...arguments), this.number = 0, this.statement = "", this.qualifier = "", this.claimType = "", this.evidenceStrength = "", this.citations = [], this.findings = [], this.highlighted = !1;
  }
  render() {
    const e = this.findings.filter((n) => n.severity === "error").length, t = this.number ? this.localize.term("clinickit_claimNumber", this.number) : this.localize.term("clinickit_columnClaim"), i = o`
			<div class="head">
				<span class="badge">${t}</span>
				${this.claimType ? o`<uui-tag look="secondary">${this.claimType}</uui-tag>` : u}
				${this.evidenceStrength ? o`<span class="evidence">${this.evidenceStrength}</span>` : u}
				${this.findings.length ? o`<uui-tag class="problems" color=${e ? "danger" : "warning"}
							>${this.localize.term("clinickit_problemCount", this.findings.length)}</uui-tag
						>` : u}
			</div>
			<p class="statement">
				${this.statement || o`<em class="muted">—</em>`}${this.citations.length ? o`<sup class="refs">[${this.citations.map((n) => n.number).join(", ")}]</sup>` : u}
			</p>
			${this.qualifier ? o`<p class="qualifier">${this.qualifier}</p>` : u}
			${this.citations.length ? o`<ol class="sources" aria-label=${this.localize.term("clinickit_citationsLabel")}>
						${this.citations.map((n) => {
      const r = je(n.state);
      return o`<li class=${n.state} data-key=${n.key}>
								<span class="ref-number">${n.number}</span>
								<span>${n.title}${n.source ? o`<span class="source-line"> — ${n.source}</span>` : u}</span>
								${r ? o`<uui-tag color="danger" look="secondary">${this.localize.term(r)}</uui-tag>` : u}
							</li>`;
    })}
					</ol>` : o`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_noSources")}
					</p>`}
		`, a = `card ${e ? "error" : this.findings.length ? "warning" : "ok"}`;
    return this.href ? o`<a class=${a} href=${this.href}>${i}</a>` : o`<div class=${a} role="group" aria-label=${t}>${i}</div>`;
  }
};
v.styles = [
  Z,
  me,
  A`
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
T([
  c({ type: Number })
], v.prototype, "number", 2);
T([
  c()
], v.prototype, "statement", 2);
T([
  c()
], v.prototype, "qualifier", 2);
T([
  c({ attribute: "claim-type" })
], v.prototype, "claimType", 2);
T([
  c({ attribute: "evidence-strength" })
], v.prototype, "evidenceStrength", 2);
T([
  c({ attribute: !1 })
], v.prototype, "citations", 2);
T([
  c({ attribute: !1 })
], v.prototype, "findings", 2);
T([
  c()
], v.prototype, "href", 2);
T([
  c({ type: Boolean, reflect: !0 })
], v.prototype, "highlighted", 2);
v = T([
  D("clinickit-claim-preview")
], v);
var Ri = Object.defineProperty, Mi = Object.getOwnPropertyDescriptor, mt = (e) => {
  throw TypeError(e);
}, K = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Mi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Ri(t, i, n), n;
}, Oe = (e, t, i) => t.has(e) || mt("Cannot " + i), Ce = (e, t, i) => (Oe(e, t, "read from private field"), i ? i.call(e) : t.get(e)), be = (e, t, i) => t.has(e) ? mt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ft = (e, t, i, a) => (Oe(e, t, "write to private field"), t.set(e, i), i), G = (e, t, i) => (Oe(e, t, "access private method"), i), de, ie, P, De, ze, yt, bt;
const Q = ci.claimBlock.properties;
let y = class extends L {
  constructor() {
    super(), be(this, P), this._details = {}, this._highlighted = !1, this._lookedUp = "", be(this, de), be(this, ie, ""), this.consumeContext(Dt, (e) => {
      e && this.observe(
        We([e.layouts, e.contents]),
        ([t, i]) => {
          this._claims = Ee(
            ot({ contentData: i, layout: { [tt]: t } })
          );
        },
        "clinickitObserveBlocks"
      );
    });
  }
  connectedCallback() {
    super.connectedCallback(), ft(this, de, Xt(() => G(this, P, ze).call(this)));
  }
  disconnectedCallback() {
    var e;
    super.disconnectedCallback(), (e = Ce(this, de)) == null || e.call(this);
  }
  updated() {
    G(this, P, ze).call(this), G(this, P, yt).call(this);
  }
  render() {
    const e = G(this, P, De).call(this), t = this._claims ? we(this._claims) : we([e]), i = e.citations.map((r) => nt(r, t.get(r.key) ?? 0, this._details)), a = e.citations.filter((r) => r.isDocument).map((r) => r.key).join(","), n = this._lookedUp === a ? _e(e, this._details) : _e(e, G(this, P, bt).call(this, e));
    return o`<clinickit-claim-preview
			.number=${e.number}
			.statement=${e.statement}
			.qualifier=${e.qualifier}
			.claimType=${e.claimType}
			.evidenceStrength=${e.evidenceStrength}
			.citations=${i}
			.findings=${n}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}
			?highlighted=${this._highlighted}></clinickit-claim-preview>`;
  }
};
de = /* @__PURE__ */ new WeakMap();
ie = /* @__PURE__ */ new WeakMap();
P = /* @__PURE__ */ new WeakSet();
De = function() {
  const e = this._claims?.find((i) => i.blockKey.toLowerCase() === this.contentKey?.toLowerCase());
  if (e) return e;
  const t = this.content ?? {};
  return {
    number: 0,
    blockKey: this.contentKey ?? "",
    statement: I(t[Q.statement]),
    citations: at(st(t[Q.citations])),
    claimType: ne(t[Q.claimType]),
    evidenceStrength: ne(t[Q.evidenceStrength]),
    qualifier: I(t[Q.qualifier]),
    safetySection: null
  };
};
ze = function() {
  !this.contentKey || !Yt(this.contentKey) || (this._highlighted = !0, this.scrollIntoView({ behavior: "smooth", block: "center" }), setTimeout(() => this._highlighted = !1, 4e3));
};
yt = async function() {
  const e = G(this, P, De).call(this).citations.filter((i) => i.isDocument).map((i) => i.key), t = e.join(",");
  if (t !== Ce(this, ie)) {
    if (ft(this, ie, t), !e.length) {
      this._lookedUp = t;
      return;
    }
    try {
      const a = await (await re(this, this.source)).citations(e);
      if (Ce(this, ie) !== t) return;
      this._details = a, this._lookedUp = t;
    } catch (i) {
      console.error("ClinicKit: could not look up the citations of a claim block.", i);
    }
  }
};
bt = function(e) {
  const t = { ...this._details };
  for (const i of e.citations)
    i.isDocument && !(i.key in t) && (t[i.key] = { key: i.key, title: i.key, state: "published" });
  return t;
};
y.styles = A`
		:host {
			display: block;
		}
	`;
K([
  c({ attribute: !1 })
], y.prototype, "manifest", 2);
K([
  c({ attribute: !1 })
], y.prototype, "content", 2);
K([
  c({ attribute: !1 })
], y.prototype, "config", 2);
K([
  c({ attribute: !1 })
], y.prototype, "contentKey", 2);
K([
  c({ attribute: !1 })
], y.prototype, "source", 2);
K([
  b()
], y.prototype, "_claims", 2);
K([
  b()
], y.prototype, "_details", 2);
K([
  b()
], y.prototype, "_highlighted", 2);
K([
  b()
], y.prototype, "_lookedUp", 2);
y = K([
  D("clinickit-claim-block-view")
], y);
const Ui = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClaimBlockViewElement() {
    return y;
  },
  get element() {
    return y;
  }
}, Symbol.toStringTag, { value: "Module" }));
function gt(e) {
  const t = [], i = new RegExp(Lt.source, "g");
  let a = 0;
  for (let n = i.exec(e); n !== null; n = i.exec(e))
    n.index > a && t.push({ text: e.slice(a, n.index), token: !1 }), t.push({ text: n[0], token: !0 }), a = n.index + n[0].length;
  return a < e.length && t.push({ text: e.slice(a), token: !1 }), t;
}
var qi = Object.defineProperty, Ii = Object.getOwnPropertyDescriptor, vt = (e) => {
  throw TypeError(e);
}, W = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ii(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && qi(t, i, n), n;
}, Vi = (e, t, i) => t.has(e) || vt("Cannot " + i), Wi = (e, t, i) => t.has(e) ? vt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ce = (e, t, i) => (Vi(e, t, "access private method"), i), Y, ee;
let E = class extends L {
  constructor() {
    super(...arguments), Wi(this, Y), this.heading = "", this.body = "", this.buttonLabel = "", this.linkText = "", this.ctaStyle = "Primary";
  }
  render() {
    const e = this.ctaStyle.toLowerCase() === "subtle", t = [this.heading, this.body, this.buttonLabel].some((n) => gt(n).some((r) => r.token)), i = o`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? o`<p class="heading">${ce(this, Y, ee).call(this, this.heading)}</p>` : u}
			${this.body ? o`<p class="body">${ce(this, Y, ee).call(this, this.body)}</p>` : u}
			<div class="action">
				${this.buttonLabel ? o`<span class="button">${ce(this, Y, ee).call(this, this.buttonLabel)}</span>` : u}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText ? o`${this.localize.term("clinickit_ctaLinksTo")} ${ce(this, Y, ee).call(this, this.linkText)}` : this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${t ? o`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>` : u}
		`, a = `card ${e ? "subtle" : "primary"}`;
    return this.href ? o`<a class=${a} href=${this.href}>${i}</a>` : o`<div class=${a} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${i}</div>`;
  }
};
Y = /* @__PURE__ */ new WeakSet();
ee = function(e) {
  return gt(e).map(
    (t) => t.token ? o`<span class="token" title=${this.localize.term("clinickit_ctaToken", t.text)}>${t.text}</span>` : t.text
  );
};
E.styles = [
  Z,
  me,
  A`
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
W([
  c()
], E.prototype, "heading", 2);
W([
  c()
], E.prototype, "body", 2);
W([
  c({ attribute: "button-label" })
], E.prototype, "buttonLabel", 2);
W([
  c({ attribute: "link-text" })
], E.prototype, "linkText", 2);
W([
  c({ attribute: "cta-style" })
], E.prototype, "ctaStyle", 2);
W([
  c()
], E.prototype, "href", 2);
E = W([
  D("clinickit-cta-preview")
], E);
var Fi = Object.defineProperty, ji = Object.getOwnPropertyDescriptor, fe = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? ji(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Fi(t, i, n), n;
};
function kt(e) {
  const t = Array.isArray(e) ? e[0] : e;
  return g(t) ? _(t.url) || _(t.name) : "";
}
let O = class extends L {
  render() {
    const e = this.content ?? {};
    return o`<clinickit-cta-preview
			.heading=${_(e[h.heading])}
			.body=${_(e[h.body])}
			.buttonLabel=${_(e[h.buttonLabel])}
			.linkText=${kt(e[h.link])}
			.ctaStyle=${ne(e[h.style]) || "Primary"}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}></clinickit-cta-preview>`;
  }
};
O.styles = A`
		:host {
			display: block;
		}
	`;
fe([
  c({ attribute: !1 })
], O.prototype, "manifest", 2);
fe([
  c({ attribute: !1 })
], O.prototype, "content", 2);
fe([
  c({ attribute: !1 })
], O.prototype, "config", 2);
O = fe([
  D("clinickit-cta-block-view")
], O);
const Hi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitCtaBlockViewElement() {
    return O;
  },
  get element() {
    return O;
  },
  linkText: kt
}, Symbol.toStringTag, { value: "Module" }));
function Gi(e, t, i) {
  const a = /* @__PURE__ */ new Map();
  for (const s of e)
    for (const l of s.pages) {
      if (!l.articleKey) continue;
      const d = a.get(l.articleKey) ?? /* @__PURE__ */ new Set();
      d.add(s.key), a.set(l.articleKey, d);
    }
  const n = new Map(e.map((s) => [s.key, s.name])), r = he(i);
  return e.map((s) => ({
    key: s.key,
    name: s.name,
    href: s.href,
    articles: s.pages.map((l) => {
      const d = l.articleKey ? t.get(l.articleKey) : void 0, p = he(d?.nextReviewDue), j = l.articleKey ? [...a.get(l.articleKey) ?? []].filter((m) => m !== s.key) : [];
      return {
        pageKey: l.key,
        pageName: l.name,
        pageHref: l.href,
        article: d,
        articleMissing: !!l.articleKey && (!d || d.available === !1),
        overdue: p !== "" && r !== "" && p < r,
        alsoUsedBy: j.map((m) => n.get(m) ?? m).sort((m, Kt) => m.localeCompare(Kt))
      };
    })
  }));
}
function Yi(e) {
  return new Set(e.flatMap((t) => t.articles.map((i) => i.article?.key).filter(Boolean))).size;
}
async function Xi(e, t) {
  const i = (await e.roots()).filter(
    (l) => !l.isTrashed && l.documentTypeKey === U.clinicSite.key
  ), a = await Promise.all(
    i.map(async (l) => {
      const d = (await e.children(l.key)).filter(
        (p) => !p.isTrashed && p.documentTypeKey === U.clinicArticle.key
      );
      return {
        key: l.key,
        name: l.name,
        href: e.editPath(l.key),
        pages: await Promise.all(
          d.map(async (p) => {
            const j = await e.document(p.key), [m] = rt(k(j?.values, h.article));
            return { key: p.key, name: p.name, href: e.editPath(p.key), articleKey: m };
          })
        )
      };
    })
  ), n = [...new Set(a.flatMap((l) => l.pages.map((d) => d.articleKey).filter((d) => !!d)))], r = await Promise.all(n.map((l) => Zi(e, l, t))), s = /* @__PURE__ */ new Map();
  for (const l of r) l && s.set(l.key, l);
  return Gi(a, s, t);
}
async function Zi(e, t, i) {
  const a = await e.document(t);
  if (!a) return;
  const { audit: n, review: r } = await ct(a.values, e, i);
  return {
    key: t,
    name: a.name,
    href: e.editPath(t),
    ...r,
    errors: n.errors,
    warnings: n.warnings,
    available: !a.isTrashed
  };
}
var Ji = Object.defineProperty, Qi = Object.getOwnPropertyDescriptor, _t = (e) => {
  throw TypeError(e);
}, Le = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Qi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Ji(t, i, n), n;
}, ea = (e, t, i) => t.has(e) || _t("Cannot " + i), ta = (e, t, i) => t.has(e) ? _t("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ae = (e, t, i) => (ea(e, t, "access private method"), i), M, Te, wt, $t, Ct;
let oe = class extends L {
  constructor() {
    super(...arguments), ta(this, M), this.clinics = [], this.loading = !1;
  }
  render() {
    return this.loading ? o`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>` : o`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length ? o`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary", this.clinics.length, Yi(this.clinics))}
						</p>
						${xe(
      this.clinics,
      (e) => e.key,
      (e) => ae(this, M, wt).call(this, e)
    )}` : o`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`;
  }
};
M = /* @__PURE__ */ new WeakSet();
Te = function(e) {
  const t = e ? Ge(e) : void 0;
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : o`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`;
};
wt = function(e) {
  return o`
			<uui-box headline=${e.name} data-clinic=${e.key}>
				${e.href ? o`<uui-button
							slot="header-actions"
							look="secondary"
							compact
							href=${e.href}
							label=${this.localize.term("clinickit_openClinicLabel", e.name)}
							>${this.localize.term("clinickit_openClinic")}</uui-button
						>` : u}
				${e.articles.length === 0 ? o`<p class="muted">${this.localize.term("clinickit_clinicNoArticles")}</p>` : o`<uui-table aria-label=${e.name}>
							<uui-table-head>
								<uui-table-head-cell>${this.localize.term("clinickit_columnClinicPage")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLibraryArticle")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLastReviewed")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnNextReview")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAudit")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAlsoUsedBy")}</uui-table-head-cell>
							</uui-table-head>
							${xe(
    e.articles,
    (t) => t.pageKey,
    (t) => ae(this, M, $t).call(this, t)
  )}
						</uui-table>`}
			</uui-box>
		`;
};
$t = function(e) {
  const t = e.article;
  return o`
			<uui-table-row data-page=${e.pageKey} data-article=${t?.key ?? ""}>
				<uui-table-cell>
					${e.pageHref ? o`<a href=${e.pageHref}>${e.pageName}</a>` : e.pageName}
				</uui-table-cell>
				<uui-table-cell>
					${t && t.available !== !1 ? o`<span class="article">
								<uui-icon name="icon-document-medal" aria-hidden="true"></uui-icon>
								${t.href ? o`<a href=${t.href}>${t.name}</a>` : t.name}
							</span>` : o`<uui-tag color=${e.articleMissing ? "danger" : "default"} look="secondary"
								>${e.articleMissing ? this.localize.term("clinickit_stateMissing") : this.localize.term("clinickit_notPicked")}</uui-tag
							>`}
				</uui-table-cell>
				<uui-table-cell class="date">${t ? ae(this, M, Te).call(this, t.lastReviewed) : u}</uui-table-cell>
				<uui-table-cell class="date">
					${t ? ae(this, M, Te).call(this, t.nextReviewDue) : u}
					${e.overdue ? o`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>` : u}
				</uui-table-cell>
				<uui-table-cell class="audit">${t ? ae(this, M, Ct).call(this, t) : u}</uui-table-cell>
				<uui-table-cell>
					${t ? e.alsoUsedBy.length ? e.alsoUsedBy.join(", ") : o`<span class="muted">${this.localize.term("clinickit_onlyThisClinic")}</span>` : u}
				</uui-table-cell>
			</uui-table-row>
		`;
};
Ct = function(e) {
  return !e.errors && !e.warnings ? o`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : o`${e.errors ? o`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", e.errors)}</uui-tag>` : u}
		${e.warnings ? o`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", e.warnings)}</uui-tag>` : u}`;
};
oe.styles = [
  Z,
  me,
  A`
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
Le([
  c({ attribute: !1 })
], oe.prototype, "clinics", 2);
Le([
  c({ type: Boolean })
], oe.prototype, "loading", 2);
oe = Le([
  D("clinickit-clinics-table")
], oe);
var ia = Object.defineProperty, aa = Object.getOwnPropertyDescriptor, zt = (e) => {
  throw TypeError(e);
}, F = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? aa(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && ia(t, i, n), n;
}, na = (e, t, i) => t.has(e) || zt("Cannot " + i), ra = (e, t, i) => t.has(e) ? zt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), sa = (e, t, i) => (na(e, t, "access private method"), i), Ke, Tt;
let $ = class extends L {
  constructor() {
    super(...arguments), ra(this, Ke), this._clinics = [], this._loading = !0, this._failed = !1;
  }
  connectedCallback() {
    super.connectedCallback(), sa(this, Ke, Tt).call(this);
  }
  render() {
    return this._failed ? o`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : o`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
  }
};
Ke = /* @__PURE__ */ new WeakSet();
Tt = async function() {
  this._loading = !0;
  try {
    const e = await re(this, this.source);
    this._clinics = await Xi(e, this.today ?? lt()), this._failed = !1;
  } catch (e) {
    console.error("ClinicKit: could not load the clinics.", e), this._failed = !0;
  } finally {
    this._loading = !1;
  }
};
$.styles = [
  Z,
  A`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
F([
  c({ attribute: !1 })
], $.prototype, "manifest", 2);
F([
  c({ attribute: !1 })
], $.prototype, "source", 2);
F([
  c()
], $.prototype, "today", 2);
F([
  b()
], $.prototype, "_clinics", 2);
F([
  b()
], $.prototype, "_loading", 2);
F([
  b()
], $.prototype, "_failed", 2);
$ = F([
  D("clinickit-clinics-dashboard")
], $);
const oa = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClinicsDashboardElement() {
    return $;
  },
  get element() {
    return $;
  }
}, Symbol.toStringTag, { value: "Module" })), ue = 100, la = 3e4, ge = /* @__PURE__ */ new Map();
class Be {
  #t;
  #i;
  #e;
  constructor(t) {
    this.#t = new St(t), this.#i = new Et(t), this.#e = new At(t);
  }
  static for(t) {
    return new Be(t);
  }
  editPath(t) {
    return Pt.generateAbsolute({ unique: t });
  }
  async citations(t) {
    const i = Date.now(), a = [...new Set(t)], n = a.filter((s) => {
      const l = ge.get(s);
      return !l || i - l.at > la;
    });
    if (n.length) {
      const s = this.#n(n);
      for (const l of n) ge.set(l, { at: i, value: s.then((d) => d[l]) });
    }
    const r = {};
    for (const s of a) {
      const l = await ge.get(s)?.value;
      l && (r[s] = l);
    }
    return r;
  }
  async #n(t) {
    const { data: i } = await this.#t.requestItems(t), a = i ?? [], n = {};
    return await Promise.all(
      a.map(async (r) => {
        const l = (await this.document(r.unique))?.values ?? [], d = _(k(l, h.title)) || ca(r), p = [
          _(k(l, h.authors)),
          _(k(l, h.publication)),
          _(k(l, h.year))
        ].filter(Boolean).join(" · ");
        n[r.unique] = {
          key: r.unique,
          title: d,
          state: ua(r),
          source: p,
          href: r.isTrashed ? void 0 : this.editPath(r.unique)
        };
      })
    ), n;
  }
  async document(t) {
    const { data: i } = await this.#i.requestByUnique(t);
    if (i)
      return {
        key: i.unique,
        name: i.variants.find((a) => a.culture === null)?.name ?? i.variants[0]?.name ?? "",
        documentTypeKey: i.documentType.unique,
        isTrashed: i.isTrashed,
        values: i.values
      };
  }
  async roots() {
    return this.#a((t) => this.#e.requestTreeRootItems({ paging: { skip: t, take: ue } }));
  }
  async children(t) {
    return this.#a(
      (i) => this.#e.requestTreeItemsOf({
        parent: { unique: t, entityType: Ot },
        paging: { skip: i, take: ue }
      })
    );
  }
  async #a(t) {
    const i = [];
    for (let a = 0; ; a += ue) {
      const { data: n } = await t(a);
      if (!n || (i.push(
        ...n.items.map((r) => ({
          key: r.unique,
          name: r.variants.find((s) => s.culture === null)?.name ?? r.variants[0]?.name ?? "",
          documentTypeKey: r.documentType.unique,
          isTrashed: r.isTrashed
        }))
      ), n.items.length < ue || i.length >= n.total)) break;
    }
    return i;
  }
}
function ca(e) {
  return e.variants.find((t) => t.culture === null)?.name ?? e.variants[0]?.name ?? e.unique;
}
function ua(e) {
  return e.isTrashed ? "trashed" : e.variants.some(
    (i) => i.state === Ne.PUBLISHED || i.state === Ne.PUBLISHED_PENDING_CHANGES
  ) ? "published" : "unpublished";
}
const da = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  UmbracoContentSource: Be
}, Symbol.toStringTag, { value: "Module" }));
export {
  va as manifests
};
