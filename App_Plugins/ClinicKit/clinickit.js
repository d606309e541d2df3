import { UMB_DOCUMENT_WORKSPACE_CONTEXT as Tt, UmbDocumentItemRepository as xt, UmbDocumentDetailRepository as Kt, UmbDocumentTreeRepository as Et, UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN as At, UMB_DOCUMENT_ENTITY_TYPE as St } from "@umbraco-cms/backoffice/document";
import { css as A, nothing as u, html as o, property as c, customElement as D, repeat as Ee, state as b } from "@umbraco-cms/backoffice/external/lit";
import { UmbLitElement as O } from "@umbraco-cms/backoffice/lit-element";
import { observeMultiple as Ie } from "@umbraco-cms/backoffice/observable-api";
import { UmbTextStyles as Z } from "@umbraco-cms/backoffice/style";
import { UMB_BLOCK_MANAGER_CONTEXT as Pt } from "@umbraco-cms/backoffice/block";
import { DocumentVariantStateModel as Ne } from "@umbraco-cms/backoffice/external/backend-api";
const L = (e, t, i) => `${e} ${e === 1 ? t : i}`, Ve = {
  clinickit: {
    claimsTab: "Claims",
    clinicsDashboard: "Clinics",
    claimsAudit: "Claims audit",
    claimsInArticle: "Claims in this article",
    claimsInLibraryArticle: (e) => `Claims in the library article "${e}"`,
    claimCount: (e) => L(e, "claim", "claims"),
    citationCount: (e) => L(e, "source cited", "sources cited"),
    errorCount: (e) => L(e, "error", "errors"),
    warningCount: (e) => L(e, "warning", "warnings"),
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
    problemCount: (e) => L(e, "problem", "problems"),
    ctaLabel: "Call to action",
    ctaTokensHint: "Clinic tokens are filled in for each clinic when the page is shown.",
    ctaToken: (e) => `Clinic token ${e}`,
    ctaNoLink: "No link picked",
    ctaLinksTo: "Links to",
    clinicsIntro: "Each clinic site reuses articles from the shared library. A change to a library article shows on every clinic listed with it.",
    clinicsSummary: (e, t) => `${L(e, "clinic site", "clinic sites")} · ${L(t, "library article", "library articles")} reused`,
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
}, R = {
  article: { alias: "article", key: "c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3" },
  clinicSite: { alias: "clinicSite", key: "e80c0bdb-a856-48a4-9a32-5182310aed56" },
  clinicArticle: { alias: "clinicArticle", key: "e65efc5c-eb04-4012-a6c7-68d568dc80e1" },
  claimBlock: { alias: "claimBlock", key: "d40032df-5b93-4a26-a1dd-b407cf0954cf" },
  ctaBlock: { alias: "ctaBlock", key: "7174234c-2e60-4103-8fa9-e8b8e205c168" }
}, h = {
  title: "title",
  body: "body",
  reviewedBy: "reviewedBy",
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
}, Dt = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g, Ae = "clinickit-claims", Ot = {
  type: "workspaceView",
  alias: "ClinicKit.WorkspaceView.Claims",
  name: "ClinicKit Claims workspace view",
  element: () => Promise.resolve().then(() => Ai),
  // After Umbraco's Content (200) and before Info (100).
  weight: 150,
  meta: {
    label: "#clinickit_claimsTab",
    pathname: Ae,
    icon: "icon-document-medal"
  },
  conditions: [
    { alias: "Umb.Condition.WorkspaceAlias", match: "Umb.Workspace.Document" },
    {
      alias: "Umb.Condition.WorkspaceContentTypeAlias",
      oneOf: [R.article.alias, R.clinicArticle.alias]
    }
  ]
}, Lt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Claim",
  name: "ClinicKit claim block preview",
  element: () => Promise.resolve().then(() => Li),
  forContentTypeAlias: R.claimBlock.alias,
  forBlockEditor: "block-list"
}, Bt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Cta",
  name: "ClinicKit call-to-action block preview",
  element: () => Promise.resolve().then(() => Ii),
  forContentTypeAlias: R.ctaBlock.alias,
  forBlockEditor: "block-list"
}, Mt = {
  type: "dashboard",
  alias: "ClinicKit.Dashboard.Clinics",
  name: "ClinicKit Clinics dashboard",
  element: () => Promise.resolve().then(() => ia),
  weight: 15,
  meta: {
    label: "#clinickit_clinicsDashboard",
    pathname: "clinickit-clinics"
  },
  conditions: [{ alias: "Umb.Condition.SectionAlias", match: "Umb.Section.Content" }]
}, Nt = {
  type: "localization",
  alias: "ClinicKit.Localization.EnUs",
  name: "ClinicKit English (United States)",
  meta: {
    culture: "en-US",
    localizations: Ve
  }
}, Rt = {
  type: "localization",
  alias: "ClinicKit.Localization.En",
  name: "ClinicKit English (fallback)",
  meta: {
    culture: "en",
    localizations: Ve
  }
}, ma = [
  Nt,
  Rt,
  Ot,
  Lt,
  Bt,
  Mt
], Ut = (e) => e === "error" ? "danger" : "warning";
function We(e) {
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
function Fe(e) {
  return e.length === 0 ? u : o`<ul class="findings">
		${e.map(
    (t) => o`<li class="finding ${t.severity}" data-code=${t.code}>
					<uui-icon name=${t.severity === "error" ? "icon-alert" : "icon-info"} aria-hidden="true"></uui-icon>
					<span>${t.message}</span>
				</li>`
  )}
	</ul>`;
}
function je(e) {
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(e);
  return t ? new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))) : void 0;
}
const ye = A`
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
var qt = Object.defineProperty, It = Object.getOwnPropertyDescriptor, He = (e) => {
  throw TypeError(e);
}, I = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? It(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && qt(t, i, n), n;
}, Vt = (e, t, i) => t.has(e) || He("Cannot " + i), Wt = (e, t, i) => t.has(e) ? He("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), U = (e, t, i) => (Vt(e, t, "access private method"), i), x, Ge, _e, Ye, Xe, Ze, Je;
let K = class extends O {
  constructor() {
    super(...arguments), Wt(this, x), this.claims = [], this.articleFindings = [], this.inLibrary = !1, this.loading = !1;
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
				${U(this, x, Ye).call(this)} ${Fe(this.articleFindings)}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length === 0 ? o`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>` : U(this, x, Xe).call(this)}
			</uui-box>
		`;
  }
};
x = /* @__PURE__ */ new WeakSet();
Ge = function(e) {
  this.dispatchEvent(
    new CustomEvent("clinickit-go-to-block", {
      detail: { blockKey: e.blockKey, claim: e.number },
      bubbles: !0,
      composed: !0
    })
  );
};
_e = function(e) {
  const t = je(e);
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : e;
};
Ye = function() {
  const e = this.review;
  if (!e) return u;
  const t = e.reviewedBy && e.lastReviewed ? this.localize.term("clinickit_reviewedBy", e.reviewedBy, U(this, x, _e).call(this, e.lastReviewed)) : this.localize.term("clinickit_reviewNotRecorded");
  return o`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${t}${e.nextReviewDue ? o` · ${this.localize.term("clinickit_nextReviewDue", U(this, x, _e).call(this, e.nextReviewDue))}` : u}</span>
		</p>`;
};
Xe = function() {
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
				${Ee(
    this.claims,
    (e) => e.blockKey,
    (e) => U(this, x, Ze).call(this, e)
  )}
			</uui-table>
		`;
};
Ze = function(e) {
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
				<uui-table-cell class="col-sources">${U(this, x, Je).call(this, e.citations)}</uui-table-cell>
				<uui-table-cell class="col-evidence">
					${e.claimType ? o`<uui-tag look="secondary">${e.claimType}</uui-tag>` : u}
					<div>${e.evidenceStrength || o`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					${e.findings.length ? Fe(e.findings) : o`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look=${t === "ok" ? "secondary" : "primary"}
						color=${t === "error" ? "danger" : t === "warning" ? "warning" : "default"}
						compact
						label=${this.inLibrary ? this.localize.term("clinickit_openInLibraryLabel", e.number) : this.localize.term("clinickit_goToBlockLabel", e.number)}
						@click=${() => U(this, x, Ge).call(this, e)}>
						${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
};
Je = function(e) {
  return e.length === 0 ? o`<span class="muted">${this.localize.term("clinickit_noSources")}</span>` : o`<ol class="sources">
			${e.map((t) => {
    const i = We(t.state);
    return o`<li class="source ${t.state}" data-key=${t.key}>
					<span class="ref-number">${t.number}</span>
					<span class="source-text">
						${t.href ? o`<a href=${t.href}>${t.title}</a>` : o`<span class="title">${t.title}</span>`}
						${t.source ? o`<span class="source-line">${t.source}</span>` : u}
						${i ? o`<uui-tag color=${t.state === "missing" ? "danger" : Ut("error")} look="secondary"
									>${this.localize.term(i)}</uui-tag
								>` : u}
					</span>
				</li>`;
  })}
		</ol>`;
};
K.styles = [
  Z,
  ye,
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
I([
  c({ attribute: !1 })
], K.prototype, "claims", 2);
I([
  c({ attribute: !1 })
], K.prototype, "articleFindings", 2);
I([
  c({ attribute: !1 })
], K.prototype, "review", 2);
I([
  c()
], K.prototype, "headline", 2);
I([
  c({ type: Boolean, attribute: "in-library" })
], K.prototype, "inLibrary", 2);
I([
  c({ type: Boolean })
], K.prototype, "loading", 2);
K = I([
  D("clinickit-claims-table")
], K);
const we = "clinickit-focus-block", Ft = 12e4;
let B;
function jt(e) {
  B = { blockKey: e.toLowerCase(), at: Date.now() }, window.dispatchEvent(new CustomEvent(we, { detail: { blockKey: B.blockKey } }));
}
function Ht(e) {
  return !B || !e ? !1 : Date.now() - B.at > Ft ? (B = void 0, !1) : B.blockKey !== e.toLowerCase() ? !1 : (B = void 0, !0);
}
function Gt(e) {
  const t = () => e();
  return window.addEventListener(we, t), () => window.removeEventListener(we, t);
}
function Yt(e, t) {
  const i = `/view/${t}`, a = e.lastIndexOf(i);
  if (!(a < 0))
    return `${e.slice(0, a)}/view/content`;
}
function ge(e) {
  window.history.pushState({}, "", e);
}
const Xt = { elementTypeKey: "d40032df-5b93-4a26-a1dd-b407cf0954cf", properties: { statement: "statement", citations: "citations", claimType: "claimType", evidenceStrength: "evidenceStrength", qualifier: "qualifier" } }, Zt = ["Small or early clinical study", "Animal or laboratory study", "Expert review or guidance"], Jt = 60, Qt = [{ code: "CK0304", severity: "error", message: "{claim} has no statement." }, { code: "CK0301", severity: "error", message: "{claim} cites no source." }, { code: "CK0302", severity: "error", message: "{claim} cites {citation}, which does not exist." }, { code: "CK0303", severity: "error", message: '{claim} cites "{citation}", which is not published.' }, { code: "CK0306", severity: "warning", message: "{claim} has no claim type or evidence strength." }, { code: "CK0305", severity: "warning", message: "{claim} rests on limited evidence and has no qualifier." }], ei = [{ code: "CK0310", severity: "warning", message: "The medical review was due on {due} and is overdue." }, { code: "CK0311", severity: "warning", message: "This article makes claims but records no medical review." }], q = {
  claimBlock: Xt,
  limitedEvidence: Zt,
  statementPreviewLength: Jt,
  claimRules: Qt,
  reviewRules: ei
}, Qe = "Umbraco.BlockList";
function ti(e) {
  const t = ii(e);
  if (!t) return [];
  const i = Array.isArray(t.contentData) ? t.contentData.filter(ni) : [], a = /* @__PURE__ */ new Map();
  for (const r of i) {
    const s = r.key.toLowerCase();
    a.has(s) || a.set(s, r);
  }
  const n = [];
  for (const r of ai(t)) {
    const s = a.get(r.toLowerCase());
    s && n.push(s);
  }
  return n;
}
function J(e, t) {
  return e.values.find(
    (a) => g(a) && a.alias === t && a.culture == null && a.segment == null
  )?.value;
}
function ii(e) {
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
function ai(e) {
  const t = "Layout" in e ? "Layout" : Object.keys(e).find((n) => n.toLowerCase() === "layout"), i = t ? e[t] : void 0;
  if (!g(i)) return [];
  const a = i[Qe];
  return Array.isArray(a) ? a.map((n) => g(n) && typeof n.contentKey == "string" ? n.contentKey : void 0).filter((n) => n !== void 0) : [];
}
function ni(e) {
  return g(e) && typeof e.contentTypeKey == "string" && typeof e.key == "string" && Array.isArray(e.values);
}
function g(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
const ri = q, et = new Map(
  [...q.claimRules, ...q.reviewRules].map((e) => [e.code, e])
);
[...et.keys()];
const si = q.claimBlock.elementTypeKey.toLowerCase(), Q = q.claimBlock.properties, oi = new Set(q.limitedEvidence), Re = q.statementPreviewLength, li = /^umb:\/\/document\/([0-9a-fA-F]{32})$/, ci = /^(\d{4}-\d{2}-\d{2})/;
function ui(e) {
  const t = et.get(e);
  if (!t) throw new Error(`claim-rules.json defines no rule ${e}`);
  return t;
}
function Se(e) {
  return ti(e).filter((t) => t.contentTypeKey.toLowerCase() === si).map((t, i) => di(t, i + 1));
}
function di(e, t) {
  return {
    number: t,
    blockKey: e.key,
    statement: Y(J(e, Q.statement)),
    citations: tt(J(e, Q.citations)),
    claimType: re(J(e, Q.claimType)),
    evidenceStrength: re(J(e, Q.evidenceStrength)),
    qualifier: Y(J(e, Q.qualifier))
  };
}
function Y(e) {
  return typeof e == "string" ? e.replace(/\s+/g, " ").trim() : "";
}
function tt(e) {
  let t;
  return typeof e == "string" ? t = e.split(",") : Array.isArray(e) ? t = e.filter((i) => typeof i == "string") : t = [], t.map((i) => i.trim()).filter((i) => i !== "").map((i) => {
    const a = li.exec(i);
    return a ? { key: hi(a[1]), isDocument: !0 } : { key: i, isDocument: !1 };
  });
}
function hi(e) {
  const t = e.toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function re(e) {
  let t = e;
  if (typeof t == "string" && t.trim().startsWith("["))
    try {
      t = JSON.parse(t);
    } catch {
    }
  return Array.isArray(t) && (t = t[0]), typeof t == "string" ? t.trim() : "";
}
function pe(e) {
  if (typeof e != "string") return "";
  const t = ci.exec(e.trim());
  return t ? t[1] : "";
}
function pi(e) {
  return e.statement === "" ? `Claim ${e.number}` : `Claim ${e.number} ("${mi(e.statement)}")`;
}
function mi(e) {
  return e.length <= Re ? e : e.slice(0, Re - 1).trimEnd() + "…";
}
function fi(e, t) {
  return e.replace(
    /\{(\w+)\}/g,
    (i, a) => Object.prototype.hasOwnProperty.call(t, a) ? t[a] : i
  );
}
function S(e, t, i, a) {
  const n = ui(e);
  return {
    code: e,
    severity: a ?? n.severity,
    claim: i.claim?.number ?? null,
    blockKey: i.claim?.blockKey ?? null,
    citation: i.citation ?? null,
    message: fi(n.message, t)
  };
}
function $e(e, t) {
  const i = [], a = { claim: pi(e) };
  e.statement === "" && i.push(S("CK0304", a, { claim: e })), e.citations.length === 0 && i.push(S("CK0301", a, { claim: e }));
  for (const n of e.citations) {
    const r = n.isDocument ? vi(t, n.key) : void 0;
    if (!r)
      i.push(S("CK0302", { ...a, citation: n.key }, { claim: e, citation: n.key }));
    else if (r.state !== "published") {
      const s = r.title || n.key;
      i.push(S("CK0303", { ...a, citation: s }, { claim: e, citation: n.key }));
    }
  }
  return (e.claimType === "" || e.evidenceStrength === "") && i.push(S("CK0306", a, { claim: e })), oi.has(e.evidenceStrength) && e.qualifier === "" && i.push(S("CK0305", a, { claim: e })), i;
}
function yi(e, t, i, a = {}) {
  const n = [], r = pe(t?.nextReviewDue), s = pe(i);
  r !== "" && s !== "" && r < s && n.push(S("CK0310", { due: r }, {}, a.reviewOverdueIsError ? "error" : void 0));
  const l = Y(t?.reviewedBy), d = Y(t?.lastReviewed);
  return e > 0 && (l === "" || d === "") && n.push(S("CK0311", {}, {})), n;
}
function bi(e) {
  const t = Se(e.body), i = t.flatMap((a) => $e(a, e.citations));
  return i.push(...yi(t.length, e.review, e.today, e.options)), { claims: t, findings: i };
}
function gi(e) {
  return [...new Set(e.flatMap((t) => t.citations.filter((i) => i.isDocument).map((i) => i.key)))];
}
function vi(e, t) {
  return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
}
function Ce(e) {
  const t = /* @__PURE__ */ new Map();
  for (const i of e)
    for (const a of i.citations)
      t.has(a.key) || t.set(a.key, t.size + 1);
  return t;
}
function it(e, t, i) {
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
function ki(e, t, i) {
  const a = Ce(e);
  return e.map((n) => ({
    number: n.number,
    blockKey: n.blockKey,
    statement: n.statement,
    qualifier: n.qualifier,
    claimType: n.claimType,
    evidenceStrength: n.evidenceStrength,
    citations: n.citations.map((r) => it(r, a.get(r.key) ?? 0, i)),
    findings: t.filter((r) => r.claim === n.number)
  }));
}
function _i(e) {
  const { claims: t, findings: i } = bi({
    body: e.body,
    citations: e.details,
    review: e.review,
    today: e.today,
    options: e.options
  });
  return {
    claims: ki(t, i, e.details),
    articleFindings: i.filter((a) => a.claim === null),
    findings: i,
    errors: i.filter((a) => a.severity === "error").length,
    warnings: i.filter((a) => a.severity === "warning").length
  };
}
function wi(e) {
  return gi(Se(e));
}
const $i = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, Ci = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;
function $(e, t) {
  return e ? (e.find((a) => a.alias === t && a.culture == null && a.segment == null) ?? e.find((a) => a.alias === t))?.value : void 0;
}
function Ue(e) {
  if (!$i.test(e)) return;
  const t = e.replace(/-/g, "").toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function at(e) {
  const t = [], i = (a) => {
    const n = a.trim(), r = Ci.exec(n), s = r ? r[1] === "document" ? Ue(r[2]) : void 0 : Ue(n);
    s && t.push(s);
  };
  if (typeof e == "string") e.split(",").forEach(i);
  else if (Array.isArray(e))
    for (const a of e)
      typeof a == "string" ? i(a) : g(a) && typeof a.unique == "string" && (a.type === void 0 || a.type === "document") && i(a.unique);
  return t;
}
function nt(e) {
  return !Array.isArray(e) || e.length === 0 || !e.every((t) => g(t) && typeof t.unique == "string") ? e : e.map((t) => {
    const i = t;
    return `umb://${typeof i.type == "string" && i.type !== "" ? i.type : "document"}/${i.unique.replace(/-/g, "").toLowerCase()}`;
  });
}
function rt(e) {
  return !g(e) || !Array.isArray(e.contentData) ? e : {
    ...e,
    contentData: e.contentData.map(
      (t) => g(t) && Array.isArray(t.values) ? {
        ...t,
        values: t.values.map(
          (i) => g(i) ? { ...i, value: nt(i.value) } : i
        )
      } : t
    )
  };
}
function qe(e) {
  return typeof e == "string" ? e.trim() : g(e) && typeof e.date == "string" ? e.date.trim() : "";
}
function C(e) {
  return typeof e == "string" ? e.trim() : typeof e == "number" ? String(e) : "";
}
function st(e = /* @__PURE__ */ new Date()) {
  const t = (i) => String(i).padStart(2, "0");
  return `${e.getFullYear()}-${t(e.getMonth() + 1)}-${t(e.getDate())}`;
}
function zi(e) {
  return {
    reviewedBy: C($(e, h.reviewedBy)),
    lastReviewed: qe($(e, h.lastReviewed)),
    nextReviewDue: qe($(e, h.nextReviewDue))
  };
}
function Ti(e) {
  return rt($(e, h.body));
}
async function ot(e, t, i, a) {
  const n = Ti(e), r = zi(e), s = wi(n), l = s.length ? await t.citations(s) : {};
  return { audit: _i({ body: n, details: l, review: r, today: i, options: a }), review: r };
}
async function se(e, t) {
  if (t) return t;
  const { UmbracoContentSource: i } = await Promise.resolve().then(() => sa);
  return i.for(e);
}
var xi = Object.defineProperty, Ki = Object.getOwnPropertyDescriptor, lt = (e) => {
  throw TypeError(e);
}, z = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ki(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && xi(t, i, n), n;
}, Pe = (e, t, i) => t.has(e) || lt("Cannot " + i), M = (e, t, i) => (Pe(e, t, "read from private field"), t.get(e)), ce = (e, t, i) => t.has(e) ? lt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), De = (e, t, i, a) => (Pe(e, t, "write to private field"), t.set(e, i), i), ze = (e, t, i) => (Pe(e, t, "access private method"), i), Ei = (e, t, i, a) => ({
  set _(n) {
    De(e, t, n);
  },
  get _() {
    return M(e, t);
  }
}), G, oe, me, ie, ct, ut, dt;
let y = class extends O {
  constructor() {
    super(), ce(this, ie), this._noArticlePicked = !1, this._loading = !0, this._failed = !1, ce(this, G, 0), ce(this, oe), ce(this, me), this.consumeContext(Tt, (e) => {
      e && (De(this, me, e), this.observe(
        Ie([e.contentTypeUnique, e.values]),
        ([t, i]) => ze(this, ie, ct).call(this, t, i ?? []),
        "clinickitObserveDocument"
      ));
    });
  }
  disconnectedCallback() {
    super.disconnectedCallback(), clearTimeout(M(this, oe));
  }
  render() {
    return this._failed ? o`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : this._noArticlePicked ? o`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>` : this._audit ? o`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.review=${this._review}
			.headline=${this._library ? this.localize.term("clinickit_claimsInLibraryArticle", this._library.name) : void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${ze(this, ie, dt)}></clinickit-claims-table>` : o`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`;
  }
};
G = /* @__PURE__ */ new WeakMap();
oe = /* @__PURE__ */ new WeakMap();
me = /* @__PURE__ */ new WeakMap();
ie = /* @__PURE__ */ new WeakSet();
ct = function(e, t) {
  clearTimeout(M(this, oe)), De(this, oe, setTimeout(() => {
    ze(this, ie, ut).call(this, e, t);
  }, this._audit ? 250 : 0));
};
ut = async function(e, t) {
  const i = ++Ei(this, G)._;
  this._loading = !0;
  try {
    const a = await se(this, this.source), n = this.today ?? st();
    let r = t, s, l = !1;
    if (e === R.clinicArticle.key) {
      const [F] = at($(t, h.article)), f = F ? await a.document(F) : void 0;
      r = f?.values, s = f ? { key: f.key, name: f.name } : void 0, l = !f;
    }
    const { audit: d, review: m } = await ot(r ?? [], a, n);
    if (i !== M(this, G)) return;
    this._audit = d, this._review = m, this._library = s, this._noArticlePicked = l, this._failed = !1;
  } catch (a) {
    if (i !== M(this, G)) return;
    console.error("ClinicKit: could not audit the claims of this document.", a), this._failed = !0;
  } finally {
    i === M(this, G) && (this._loading = !1);
  }
};
dt = async function(e) {
  if (jt(e.detail.blockKey), this._library) {
    const i = await se(this, this.source);
    ge(i.editPath(this._library.key));
    return;
  }
  const t = Yt(window.location.pathname, this.manifest?.meta.pathname ?? Ae);
  if (t) ge(t);
  else {
    const i = M(this, me)?.getUnique?.();
    i && ge((await se(this, this.source)).editPath(i));
  }
};
y.styles = [
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
], y.prototype, "manifest", 2);
z([
  c({ attribute: !1 })
], y.prototype, "source", 2);
z([
  c()
], y.prototype, "today", 2);
z([
  b()
], y.prototype, "_audit", 2);
z([
  b()
], y.prototype, "_review", 2);
z([
  b()
], y.prototype, "_library", 2);
z([
  b()
], y.prototype, "_noArticlePicked", 2);
z([
  b()
], y.prototype, "_loading", 2);
z([
  b()
], y.prototype, "_failed", 2);
y = z([
  D("clinickit-claims-workspace-view")
], y);
const Ai = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CLAIMS_VIEW_PATHNAME: Ae,
  get ClinicKitClaimsWorkspaceViewElement() {
    return y;
  },
  get element() {
    return y;
  }
}, Symbol.toStringTag, { value: "Module" }));
var Si = Object.defineProperty, Pi = Object.getOwnPropertyDescriptor, T = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Pi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Si(t, i, n), n;
};
let v = class extends O {
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
      const r = We(n.state);
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
  ye,
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
var Di = Object.defineProperty, Oi = Object.getOwnPropertyDescriptor, ht = (e) => {
  throw TypeError(e);
}, w = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Oi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Di(t, i, n), n;
}, Oe = (e, t, i) => t.has(e) || ht("Cannot " + i), X = (e, t, i) => (Oe(e, t, "read from private field"), i ? i.call(e) : t.get(e)), ve = (e, t, i) => t.has(e) ? ht("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), pt = (e, t, i, a) => (Oe(e, t, "write to private field"), t.set(e, i), i), j = (e, t, i) => (Oe(e, t, "access private method"), i), he, ae, k, fe, Le, Te, mt, ft;
const ee = ri.claimBlock.properties;
let p = class extends O {
  constructor() {
    super(), ve(this, k), this._details = {}, this._highlighted = !1, this._lookedUp = "", ve(this, he), ve(this, ae, ""), this.consumeContext(Pt, (e) => {
      e && this.observe(
        Ie([e.layouts, e.contents]),
        ([t, i]) => {
          this._claims = Se(
            rt({ contentData: i, layout: { [Qe]: t } })
          );
        },
        "clinickitObserveBlocks"
      );
    });
  }
  connectedCallback() {
    super.connectedCallback(), pt(this, he, Gt(() => j(this, k, Te).call(this)));
  }
  disconnectedCallback() {
    var e;
    super.disconnectedCallback(), (e = X(this, he)) == null || e.call(this);
  }
  updated() {
    j(this, k, Te).call(this), j(this, k, mt).call(this);
  }
  render() {
    const e = j(this, k, Le).call(this), t = this._claims ? Ce(this._claims) : Ce([e]), i = e.citations.map((r) => it(r, t.get(r.key) ?? 0, this._details)), a = e.citations.filter((r) => r.isDocument).map((r) => r.key).join(","), n = this._lookedUp === a ? $e(e, this._details) : $e(e, j(this, k, ft).call(this, e));
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
he = /* @__PURE__ */ new WeakMap();
ae = /* @__PURE__ */ new WeakMap();
k = /* @__PURE__ */ new WeakSet();
fe = function() {
  return this.contentKey ?? this.layout?.contentKey;
};
Le = function() {
  const e = X(this, k, fe)?.toLowerCase(), t = this._claims?.find((a) => a.blockKey.toLowerCase() === e);
  if (t) return t;
  const i = this.content ?? {};
  return {
    number: 0,
    blockKey: X(this, k, fe) ?? "",
    statement: Y(i[ee.statement]),
    citations: tt(nt(i[ee.citations])),
    claimType: re(i[ee.claimType]),
    evidenceStrength: re(i[ee.evidenceStrength]),
    qualifier: Y(i[ee.qualifier])
  };
};
Te = function() {
  const e = X(this, k, fe);
  !e || !Ht(e) || (this._highlighted = !0, this.scrollIntoView({ behavior: "smooth", block: "center" }), setTimeout(() => this._highlighted = !1, 4e3));
};
mt = async function() {
  const e = j(this, k, Le).call(this).citations.filter((i) => i.isDocument).map((i) => i.key), t = e.join(",");
  if (t !== X(this, ae)) {
    if (pt(this, ae, t), !e.length) {
      this._lookedUp = t;
      return;
    }
    try {
      const a = await (await se(this, this.source)).citations(e);
      if (X(this, ae) !== t) return;
      this._details = a, this._lookedUp = t;
    } catch (i) {
      console.error("ClinicKit: could not look up the citations of a claim block.", i);
    }
  }
};
ft = function(e) {
  const t = { ...this._details };
  for (const i of e.citations)
    i.isDocument && !(i.key in t) && (t[i.key] = { key: i.key, title: i.key, state: "published" });
  return t;
};
p.styles = A`
		:host {
			display: block;
		}
	`;
w([
  c({ attribute: !1 })
], p.prototype, "manifest", 2);
w([
  c({ attribute: !1 })
], p.prototype, "content", 2);
w([
  c({ attribute: !1 })
], p.prototype, "config", 2);
w([
  c({ attribute: !1 })
], p.prototype, "contentKey", 2);
w([
  c({ attribute: !1 })
], p.prototype, "layout", 2);
w([
  c({ attribute: !1 })
], p.prototype, "source", 2);
w([
  b()
], p.prototype, "_claims", 2);
w([
  b()
], p.prototype, "_details", 2);
w([
  b()
], p.prototype, "_highlighted", 2);
w([
  b()
], p.prototype, "_lookedUp", 2);
p = w([
  D("clinickit-claim-block-view")
], p);
const Li = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClaimBlockViewElement() {
    return p;
  },
  get element() {
    return p;
  }
}, Symbol.toStringTag, { value: "Module" }));
function yt(e) {
  const t = [], i = new RegExp(Dt.source, "g");
  let a = 0;
  for (let n = i.exec(e); n !== null; n = i.exec(e))
    n.index > a && t.push({ text: e.slice(a, n.index), token: !1 }), t.push({ text: n[0], token: !0 }), a = n.index + n[0].length;
  return a < e.length && t.push({ text: e.slice(a), token: !1 }), t;
}
var Bi = Object.defineProperty, Mi = Object.getOwnPropertyDescriptor, bt = (e) => {
  throw TypeError(e);
}, V = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Mi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Bi(t, i, n), n;
}, Ni = (e, t, i) => t.has(e) || bt("Cannot " + i), Ri = (e, t, i) => t.has(e) ? bt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ue = (e, t, i) => (Ni(e, t, "access private method"), i), H, te;
let E = class extends O {
  constructor() {
    super(...arguments), Ri(this, H), this.heading = "", this.body = "", this.buttonLabel = "", this.linkText = "", this.ctaStyle = "Primary";
  }
  render() {
    const e = this.ctaStyle.toLowerCase() === "subtle", t = [this.heading, this.body, this.buttonLabel].some((n) => yt(n).some((r) => r.token)), i = o`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? o`<p class="heading">${ue(this, H, te).call(this, this.heading)}</p>` : u}
			${this.body ? o`<p class="body">${ue(this, H, te).call(this, this.body)}</p>` : u}
			<div class="action">
				${this.buttonLabel ? o`<span class="button">${ue(this, H, te).call(this, this.buttonLabel)}</span>` : u}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText ? o`${this.localize.term("clinickit_ctaLinksTo")} ${ue(this, H, te).call(this, this.linkText)}` : this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${t ? o`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>` : u}
		`, a = `card ${e ? "subtle" : "primary"}`;
    return this.href ? o`<a class=${a} href=${this.href}>${i}</a>` : o`<div class=${a} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${i}</div>`;
  }
};
H = /* @__PURE__ */ new WeakSet();
te = function(e) {
  return yt(e).map(
    (t) => t.token ? o`<span class="token" title=${this.localize.term("clinickit_ctaToken", t.text)}>${t.text}</span>` : t.text
  );
};
E.styles = [
  Z,
  ye,
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
V([
  c()
], E.prototype, "heading", 2);
V([
  c()
], E.prototype, "body", 2);
V([
  c({ attribute: "button-label" })
], E.prototype, "buttonLabel", 2);
V([
  c({ attribute: "link-text" })
], E.prototype, "linkText", 2);
V([
  c({ attribute: "cta-style" })
], E.prototype, "ctaStyle", 2);
V([
  c()
], E.prototype, "href", 2);
E = V([
  D("clinickit-cta-preview")
], E);
var Ui = Object.defineProperty, qi = Object.getOwnPropertyDescriptor, be = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? qi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Ui(t, i, n), n;
};
function gt(e) {
  const t = Array.isArray(e) ? e[0] : e;
  return g(t) ? C(t.url) || C(t.name) : "";
}
let P = class extends O {
  render() {
    const e = this.content ?? {};
    return o`<clinickit-cta-preview
			.heading=${C(e[h.heading])}
			.body=${C(e[h.body])}
			.buttonLabel=${C(e[h.buttonLabel])}
			.linkText=${gt(e[h.link])}
			.ctaStyle=${re(e[h.style]) || "Primary"}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}></clinickit-cta-preview>`;
  }
};
P.styles = A`
		:host {
			display: block;
		}
	`;
be([
  c({ attribute: !1 })
], P.prototype, "manifest", 2);
be([
  c({ attribute: !1 })
], P.prototype, "content", 2);
be([
  c({ attribute: !1 })
], P.prototype, "config", 2);
P = be([
  D("clinickit-cta-block-view")
], P);
const Ii = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitCtaBlockViewElement() {
    return P;
  },
  get element() {
    return P;
  },
  linkText: gt
}, Symbol.toStringTag, { value: "Module" }));
function Vi(e, t, i) {
  const a = /* @__PURE__ */ new Map();
  for (const s of e)
    for (const l of s.pages) {
      if (!l.articleKey) continue;
      const d = a.get(l.articleKey) ?? /* @__PURE__ */ new Set();
      d.add(s.key), a.set(l.articleKey, d);
    }
  const n = new Map(e.map((s) => [s.key, s.name])), r = pe(i);
  return e.map((s) => ({
    key: s.key,
    name: s.name,
    href: s.href,
    articles: s.pages.map((l) => {
      const d = l.articleKey ? t.get(l.articleKey) : void 0, m = pe(d?.nextReviewDue), F = l.articleKey ? [...a.get(l.articleKey) ?? []].filter((f) => f !== s.key) : [];
      return {
        pageKey: l.key,
        pageName: l.name,
        pageHref: l.href,
        article: d,
        articleMissing: !!l.articleKey && (!d || d.available === !1),
        overdue: m !== "" && r !== "" && m < r,
        alsoUsedBy: F.map((f) => n.get(f) ?? f).sort((f, zt) => f.localeCompare(zt))
      };
    })
  }));
}
function Wi(e) {
  return new Set(e.flatMap((t) => t.articles.map((i) => i.article?.key).filter(Boolean))).size;
}
async function Fi(e, t) {
  const i = (await e.roots()).filter(
    (l) => !l.isTrashed && l.documentTypeKey === R.clinicSite.key
  ), a = await Promise.all(
    i.map(async (l) => {
      const d = (await e.children(l.key)).filter(
        (m) => !m.isTrashed && m.documentTypeKey === R.clinicArticle.key
      );
      return {
        key: l.key,
        name: l.name,
        href: e.editPath(l.key),
        pages: await Promise.all(
          d.map(async (m) => {
            const F = await e.document(m.key), [f] = at($(F?.values, h.article));
            return { key: m.key, name: m.name, href: e.editPath(m.key), articleKey: f };
          })
        )
      };
    })
  ), n = [...new Set(a.flatMap((l) => l.pages.map((d) => d.articleKey).filter((d) => !!d)))], r = await Promise.all(n.map((l) => ji(e, l, t))), s = /* @__PURE__ */ new Map();
  for (const l of r) l && s.set(l.key, l);
  return Vi(a, s, t);
}
async function ji(e, t, i) {
  const a = await e.document(t);
  if (!a) return;
  const { audit: n, review: r } = await ot(a.values, e, i);
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
var Hi = Object.defineProperty, Gi = Object.getOwnPropertyDescriptor, vt = (e) => {
  throw TypeError(e);
}, Be = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Gi(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Hi(t, i, n), n;
}, Yi = (e, t, i) => t.has(e) || vt("Cannot " + i), Xi = (e, t, i) => t.has(e) ? vt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ne = (e, t, i) => (Yi(e, t, "access private method"), i), N, xe, kt, _t, wt;
let le = class extends O {
  constructor() {
    super(...arguments), Xi(this, N), this.clinics = [], this.loading = !1;
  }
  render() {
    return this.loading ? o`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>` : o`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length ? o`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary", this.clinics.length, Wi(this.clinics))}
						</p>
						${Ee(
      this.clinics,
      (e) => e.key,
      (e) => ne(this, N, kt).call(this, e)
    )}` : o`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`;
  }
};
N = /* @__PURE__ */ new WeakSet();
xe = function(e) {
  const t = e ? je(e) : void 0;
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : o`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`;
};
kt = function(e) {
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
							${Ee(
    e.articles,
    (t) => t.pageKey,
    (t) => ne(this, N, _t).call(this, t)
  )}
						</uui-table>`}
			</uui-box>
		`;
};
_t = function(e) {
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
				<uui-table-cell class="date">${t ? ne(this, N, xe).call(this, t.lastReviewed) : u}</uui-table-cell>
				<uui-table-cell class="date">
					${t ? ne(this, N, xe).call(this, t.nextReviewDue) : u}
					${e.overdue ? o`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>` : u}
				</uui-table-cell>
				<uui-table-cell class="audit">${t ? ne(this, N, wt).call(this, t) : u}</uui-table-cell>
				<uui-table-cell>
					${t ? e.alsoUsedBy.length ? e.alsoUsedBy.join(", ") : o`<span class="muted">${this.localize.term("clinickit_onlyThisClinic")}</span>` : u}
				</uui-table-cell>
			</uui-table-row>
		`;
};
wt = function(e) {
  return !e.errors && !e.warnings ? o`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : o`${e.errors ? o`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", e.errors)}</uui-tag>` : u}
		${e.warnings ? o`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", e.warnings)}</uui-tag>` : u}`;
};
le.styles = [
  Z,
  ye,
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
Be([
  c({ attribute: !1 })
], le.prototype, "clinics", 2);
Be([
  c({ type: Boolean })
], le.prototype, "loading", 2);
le = Be([
  D("clinickit-clinics-table")
], le);
var Zi = Object.defineProperty, Ji = Object.getOwnPropertyDescriptor, $t = (e) => {
  throw TypeError(e);
}, W = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ji(t, i) : t, r = e.length - 1, s; r >= 0; r--)
    (s = e[r]) && (n = (a ? s(t, i, n) : s(n)) || n);
  return a && n && Zi(t, i, n), n;
}, Qi = (e, t, i) => t.has(e) || $t("Cannot " + i), ea = (e, t, i) => t.has(e) ? $t("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ta = (e, t, i) => (Qi(e, t, "access private method"), i), Ke, Ct;
let _ = class extends O {
  constructor() {
    super(...arguments), ea(this, Ke), this._clinics = [], this._loading = !0, this._failed = !1;
  }
  connectedCallback() {
    super.connectedCallback(), ta(this, Ke, Ct).call(this);
  }
  render() {
    return this._failed ? o`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : o`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
  }
};
Ke = /* @__PURE__ */ new WeakSet();
Ct = async function() {
  this._loading = !0;
  try {
    const e = await se(this, this.source);
    this._clinics = await Fi(e, this.today ?? st()), this._failed = !1;
  } catch (e) {
    console.error("ClinicKit: could not load the clinics.", e), this._failed = !0;
  } finally {
    this._loading = !1;
  }
};
_.styles = [
  Z,
  A`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
W([
  c({ attribute: !1 })
], _.prototype, "manifest", 2);
W([
  c({ attribute: !1 })
], _.prototype, "source", 2);
W([
  c()
], _.prototype, "today", 2);
W([
  b()
], _.prototype, "_clinics", 2);
W([
  b()
], _.prototype, "_loading", 2);
W([
  b()
], _.prototype, "_failed", 2);
_ = W([
  D("clinickit-clinics-dashboard")
], _);
const ia = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClinicsDashboardElement() {
    return _;
  },
  get element() {
    return _;
  }
}, Symbol.toStringTag, { value: "Module" })), de = 100, aa = 3e4, ke = /* @__PURE__ */ new Map();
class Me {
  #t;
  #i;
  #e;
  constructor(t) {
    this.#t = new xt(t), this.#i = new Kt(t), this.#e = new Et(t);
  }
  static for(t) {
    return new Me(t);
  }
  editPath(t) {
    return At.generateAbsolute({ unique: t });
  }
  async citations(t) {
    const i = Date.now(), a = [...new Set(t)], n = a.filter((s) => {
      const l = ke.get(s);
      return !l || i - l.at > aa;
    });
    if (n.length) {
      const s = this.#n(n);
      for (const l of n) ke.set(l, { at: i, value: s.then((d) => d[l]) });
    }
    const r = {};
    for (const s of a) {
      const l = await ke.get(s)?.value;
      l && (r[s] = l);
    }
    return r;
  }
  async #n(t) {
    const { data: i } = await this.#t.requestItems(t), a = i ?? [], n = {};
    return await Promise.all(
      a.map(async (r) => {
        const l = (await this.document(r.unique))?.values ?? [], d = C($(l, h.title)) || na(r), m = [
          C($(l, h.authors)),
          C($(l, h.publication)),
          C($(l, h.year))
        ].filter(Boolean).join(" · ");
        n[r.unique] = {
          key: r.unique,
          title: d,
          state: ra(r),
          source: m,
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
    return this.#a((t) => this.#e.requestTreeRootItems({ paging: { skip: t, take: de } }));
  }
  async children(t) {
    return this.#a(
      (i) => this.#e.requestTreeItemsOf({
        parent: { unique: t, entityType: St },
        paging: { skip: i, take: de }
      })
    );
  }
  async #a(t) {
    const i = [];
    for (let a = 0; ; a += de) {
      const { data: n } = await t(a);
      if (!n || (i.push(
        ...n.items.map((r) => ({
          key: r.unique,
          name: r.variants.find((s) => s.culture === null)?.name ?? r.variants[0]?.name ?? "",
          documentTypeKey: r.documentType.unique,
          isTrashed: r.isTrashed
        }))
      ), n.items.length < de || i.length >= n.total)) break;
    }
    return i;
  }
}
function na(e) {
  return e.variants.find((t) => t.culture === null)?.name ?? e.variants[0]?.name ?? e.unique;
}
function ra(e) {
  return e.isTrashed ? "trashed" : e.variants.some(
    (i) => i.state === Ne.PUBLISHED || i.state === Ne.PUBLISHED_PENDING_CHANGES
  ) ? "published" : "unpublished";
}
const sa = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  UmbracoContentSource: Me
}, Symbol.toStringTag, { value: "Module" }));
export {
  ma as manifests
};
