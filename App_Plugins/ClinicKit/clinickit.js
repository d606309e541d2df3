import { UMB_DOCUMENT_WORKSPACE_CONTEXT as At, UmbDocumentItemRepository as Et, UmbDocumentDetailRepository as Pt, UmbDocumentTreeRepository as St, UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN as Dt, UMB_DOCUMENT_ENTITY_TYPE as Ot } from "@umbraco-cms/backoffice/document";
import { css as E, nothing as u, html as s, property as c, customElement as O, repeat as Ae, state as b } from "@umbraco-cms/backoffice/external/lit";
import { UmbLitElement as L } from "@umbraco-cms/backoffice/lit-element";
import { observeMultiple as Ve } from "@umbraco-cms/backoffice/observable-api";
import { UmbTextStyles as Z } from "@umbraco-cms/backoffice/style";
import { UMB_BLOCK_MANAGER_CONTEXT as Lt } from "@umbraco-cms/backoffice/block";
import { DocumentVariantStateModel as Re } from "@umbraco-cms/backoffice/external/backend-api";
const B = (e, t, i) => `${e} ${e === 1 ? t : i}`, We = {
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
}, q = {
  article: { alias: "clinicKitArticle", key: "c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3" },
  clinicSite: { alias: "clinicKitClinicSite", key: "e80c0bdb-a856-48a4-9a32-5182310aed56" },
  clinicArticle: { alias: "clinicKitClinicArticle", key: "e65efc5c-eb04-4012-a6c7-68d568dc80e1" },
  claimBlock: { alias: "clinicKitClaimBlock", key: "d40032df-5b93-4a26-a1dd-b407cf0954cf" },
  ctaBlock: { alias: "clinicKitCtaBlock", key: "7174234c-2e60-4103-8fa9-e8b8e205c168" }
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
}, Bt = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g, Ee = "clinickit-claims", Nt = {
  type: "workspaceView",
  alias: "ClinicKit.WorkspaceView.Claims",
  name: "ClinicKit Claims workspace view",
  element: () => Promise.resolve().then(() => Di),
  // After Umbraco's Content (200) and before Info (100).
  weight: 150,
  meta: {
    label: "#clinickit_claimsTab",
    pathname: Ee,
    icon: "icon-document-medal"
  },
  conditions: [
    { alias: "Umb.Condition.WorkspaceAlias", match: "Umb.Workspace.Document" },
    {
      alias: "Umb.Condition.WorkspaceContentTypeAlias",
      oneOf: [q.article.alias, q.clinicArticle.alias]
    }
  ]
}, Mt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Claim",
  name: "ClinicKit claim block preview",
  element: () => Promise.resolve().then(() => Mi),
  forContentTypeAlias: q.claimBlock.alias,
  forBlockEditor: "block-list"
}, Rt = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Cta",
  name: "ClinicKit call-to-action block preview",
  element: () => Promise.resolve().then(() => Fi),
  forContentTypeAlias: q.ctaBlock.alias,
  forBlockEditor: "block-list"
}, qt = {
  type: "dashboard",
  alias: "ClinicKit.Dashboard.Clinics",
  name: "ClinicKit Clinics dashboard",
  element: () => Promise.resolve().then(() => ra),
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
    localizations: We
  }
}, It = {
  type: "localization",
  alias: "ClinicKit.Localization.En",
  name: "ClinicKit English (fallback)",
  meta: {
    culture: "en",
    localizations: We
  }
}, ba = [
  Ut,
  It,
  Nt,
  Mt,
  Rt,
  qt
], Vt = (e) => e === "error" ? "danger" : "warning";
function Fe(e) {
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
function Wt(e, t) {
  const i = `clinickit_fix${e.code}`, a = /(\d{4}-\d{2}-\d{2})/.exec(e.message)?.[1] ?? "", n = e.code === "CK0303" ? [t.citationTitle(e.citation ?? "")] : e.code === "CK0310" ? [t.date(a)] : [], r = t.term(i, ...n);
  return r && r !== i ? r : e.message;
}
function je(e, t) {
  return e.length === 0 ? u : s`<ul class="findings">
		${e.map(
    (i) => s`<li class="finding ${i.severity}" data-code=${i.code}>
					<uui-icon name=${i.severity === "error" ? "icon-alert" : "icon-info"} aria-hidden="true"></uui-icon>
					<span>${Wt(i, t)}</span>
				</li>`
  )}
	</ul>`;
}
function He(e) {
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(e);
  return t ? new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))) : void 0;
}
const be = E`
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
var Ft = Object.defineProperty, jt = Object.getOwnPropertyDescriptor, Ge = (e) => {
  throw TypeError(e);
}, I = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? jt(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Ft(t, i, n), n;
}, Ye = (e, t, i) => t.has(e) || Ge("Cannot " + i), Xe = (e, t, i) => (Ye(e, t, "read from private field"), i ? i.call(e) : t.get(e)), Ht = (e, t, i) => t.has(e) ? Ge("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), S = (e, t, i) => (Ye(e, t, "access private method"), i), g, Ze, Pe, pe, Je, Qe, et, tt;
let K = class extends L {
  constructor() {
    super(...arguments), Ht(this, g), this.claims = [], this.articleFindings = [], this.inLibrary = !1, this.loading = !1;
  }
  render() {
    const e = [...this.claims.flatMap((n) => n.findings), ...this.articleFindings], t = e.filter((n) => n.severity === "error").length, i = e.length - t, a = new Set(this.claims.flatMap((n) => n.citations.map((r) => r.key))).size;
    return s`
			<uui-box headline=${this.localize.term("clinickit_claimsAudit")}>
				<div slot="header-actions" class="tags" id="status">
					${this.loading ? s`<uui-loader-circle aria-label=${this.localize.term("clinickit_loading")}></uui-loader-circle>` : u}
					${t ? s`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", t)}</uui-tag>` : u}
					${i ? s`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", i)}</uui-tag>` : u}
					${!t && !i && !this.loading ? s`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : u}
				</div>
				<p class="summary">
					${this.localize.term("clinickit_claimCount", this.claims.length)} ·
					${this.localize.term("clinickit_citationCount", a)}
				</p>
				${S(this, g, Je).call(this)} ${je(this.articleFindings, Xe(this, g, Pe))}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length === 0 ? s`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>` : S(this, g, Qe).call(this)}
			</uui-box>
		`;
  }
};
g = /* @__PURE__ */ new WeakSet();
Ze = function(e) {
  this.dispatchEvent(
    new CustomEvent("clinickit-go-to-block", {
      detail: { blockKey: e.blockKey, claim: e.number },
      bubbles: !0,
      composed: !0
    })
  );
};
Pe = function() {
  const e = new Map(this.claims.flatMap((t) => t.citations.map((i) => [i.key, i.title])));
  return {
    term: (t, ...i) => this.localize.term(t, ...i),
    date: (t) => S(this, g, pe).call(this, t),
    citationTitle: (t) => e.get(t) ?? t
  };
};
pe = function(e) {
  const t = He(e);
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : e;
};
Je = function() {
  const e = this.review;
  if (!e) return u;
  const t = e.reviewedBy && e.lastReviewed ? this.localize.term("clinickit_reviewedBy", e.reviewedBy, S(this, g, pe).call(this, e.lastReviewed)) : this.localize.term("clinickit_reviewNotRecorded");
  return s`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${t}${e.nextReviewDue ? s` · ${this.localize.term("clinickit_nextReviewDue", S(this, g, pe).call(this, e.nextReviewDue))}` : u}</span>
		</p>`;
};
Qe = function() {
  return s`
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
				${Ae(
    this.claims,
    (e) => e.blockKey,
    (e) => S(this, g, et).call(this, e)
  )}
			</uui-table>
		`;
};
et = function(e) {
  const t = e.findings.some((i) => i.severity === "error") ? "error" : e.findings.length ? "warning" : "ok";
  return s`
			<uui-table-row class="claim ${t}" data-block-key=${e.blockKey} data-claim=${e.number}>
				<uui-table-cell class="col-number"><span class="number">${e.number}</span></uui-table-cell>
				<uui-table-cell class="col-claim">
					<div class="statement">
						${e.statement || s`<em class="muted">—</em>`}${e.citations.length ? s`<sup class="refs">[${e.citations.map((i) => i.number).join(", ")}]</sup>` : u}
					</div>
					${e.qualifier ? s`<div class="qualifier"><strong>${this.localize.term("clinickit_qualifier")}:</strong> ${e.qualifier}</div>` : u}
				</uui-table-cell>
				<uui-table-cell class="col-sources"
					><span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnSources")}</span
					>${S(this, g, tt).call(this, e.citations)}</uui-table-cell
				>
				<uui-table-cell class="col-evidence">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnEvidence")}</span>
					${e.claimType ? s`<uui-tag look="secondary">${e.claimType}</uui-tag>` : u}
					<div>${e.evidenceStrength || s`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnProblems")}</span>
					${e.findings.length ? je(e.findings, Xe(this, g, Pe)) : s`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look="secondary"
						compact
						label=${this.inLibrary ? this.localize.term("clinickit_openInLibraryLabel", e.number) : this.localize.term("clinickit_goToBlockLabel", e.number)}
						@click=${() => S(this, g, Ze).call(this, e)}>
						${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
};
tt = function(e) {
  return e.length === 0 ? s`<span class="muted">${this.localize.term("clinickit_noSources")}</span>` : s`<ol class="sources">
			${e.map((t) => {
    const i = Fe(t.state);
    return s`<li class="source ${t.state}" data-key=${t.key}>
					<span class="ref-number">${t.number}</span>
					<span class="source-text">
						${t.state === "missing" ? s`<span class="title">${this.localize.term("clinickit_deletedCitation")}</span>` : t.href ? s`<a href=${t.href}>${t.title}</a>` : s`<span class="title">${t.title}</span>`}
						${t.source ? s`<span class="source-line">${t.source}</span>` : u}
						${i ? s`<uui-tag color=${t.state === "missing" ? "danger" : Vt("error")} look="secondary"
									>${this.localize.term(i)}</uui-tag
								>` : u}
					</span>
				</li>`;
  })}
		</ol>`;
};
K.styles = [
  Z,
  be,
  E`
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
  O("clinickit-claims-table")
], K);
const we = "clinickit-focus-block", Gt = 12e4;
let N;
function Yt(e) {
  N = { blockKey: e.toLowerCase(), at: Date.now() }, window.dispatchEvent(new CustomEvent(we, { detail: { blockKey: N.blockKey } }));
}
function Xt(e) {
  return !N || !e ? !1 : Date.now() - N.at > Gt ? (N = void 0, !1) : N.blockKey !== e.toLowerCase() ? !1 : (N = void 0, !0);
}
function Zt(e) {
  const t = () => e();
  return window.addEventListener(we, t), () => window.removeEventListener(we, t);
}
function Jt(e, t) {
  const i = `/view/${t}`, a = e.lastIndexOf(i);
  if (!(a < 0))
    return `${e.slice(0, a)}/view/content`;
}
function ve(e) {
  window.history.pushState({}, "", e);
}
const Qt = { elementTypeKey: "d40032df-5b93-4a26-a1dd-b407cf0954cf", properties: { statement: "statement", citations: "citations", claimType: "claimType", evidenceStrength: "evidenceStrength", qualifier: "qualifier" } }, ei = ["Small or early clinical study", "Animal or laboratory study", "Expert review or guidance"], ti = 60, ii = [{ code: "CK0304", severity: "error", message: "{claim} has no statement." }, { code: "CK0301", severity: "error", message: "{claim} cites no source." }, { code: "CK0302", severity: "error", message: "{claim} cites {citation}, which does not exist." }, { code: "CK0303", severity: "error", message: '{claim} cites "{citation}", which is not published.' }, { code: "CK0306", severity: "warning", message: "{claim} has no claim type or evidence strength." }, { code: "CK0305", severity: "warning", message: "{claim} rests on limited evidence and has no qualifier." }], ai = [{ code: "CK0310", severity: "warning", message: "The medical review was due on {due} and is overdue." }, { code: "CK0311", severity: "warning", message: "This article makes claims but records no medical review." }], U = {
  claimBlock: Qt,
  limitedEvidence: ei,
  statementPreviewLength: ti,
  claimRules: ii,
  reviewRules: ai
}, it = "Umbraco.BlockList";
function ni(e) {
  const t = ri(e);
  if (!t) return [];
  const i = Array.isArray(t.contentData) ? t.contentData.filter(li) : [], a = /* @__PURE__ */ new Map();
  for (const r of i) {
    const l = r.key.toLowerCase();
    a.has(l) || a.set(l, r);
  }
  const n = [];
  for (const r of si(t)) {
    const l = a.get(r.toLowerCase());
    l && n.push(l);
  }
  return n;
}
function J(e, t) {
  return e.values.find(
    (a) => v(a) && a.alias === t && a.culture == null && a.segment == null
  )?.value;
}
function ri(e) {
  let t = e;
  if (typeof t == "string") {
    if (t.trim() === "") return;
    try {
      t = JSON.parse(t);
    } catch {
      return;
    }
  }
  return v(t) ? t : void 0;
}
function si(e) {
  const t = "Layout" in e ? "Layout" : Object.keys(e).find((n) => n.toLowerCase() === "layout"), i = t ? e[t] : void 0;
  if (!v(i)) return [];
  const a = i[it];
  return Array.isArray(a) ? a.map((n) => v(n) && typeof n.contentKey == "string" ? n.contentKey : void 0).filter((n) => n !== void 0) : [];
}
function li(e) {
  return v(e) && typeof e.contentTypeKey == "string" && typeof e.key == "string" && Array.isArray(e.values);
}
function v(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
const oi = U, at = new Map(
  [...U.claimRules, ...U.reviewRules].map((e) => [e.code, e])
);
[...at.keys()];
const ci = U.claimBlock.elementTypeKey.toLowerCase(), Q = U.claimBlock.properties, ui = new Set(U.limitedEvidence), qe = U.statementPreviewLength, di = /^umb:\/\/document\/([0-9a-fA-F]{32})$/, hi = /^(\d{4}-\d{2}-\d{2})/;
function pi(e) {
  const t = at.get(e);
  if (!t) throw new Error(`claim-rules.json defines no rule ${e}`);
  return t;
}
function Se(e) {
  return ni(e).filter((t) => t.contentTypeKey.toLowerCase() === ci).map((t, i) => mi(t, i + 1));
}
function mi(e, t) {
  return {
    number: t,
    blockKey: e.key,
    statement: Y(J(e, Q.statement)),
    citations: nt(J(e, Q.citations)),
    claimType: re(J(e, Q.claimType)),
    evidenceStrength: re(J(e, Q.evidenceStrength)),
    qualifier: Y(J(e, Q.qualifier))
  };
}
function Y(e) {
  return typeof e == "string" ? e.replace(/\s+/g, " ").trim() : "";
}
function nt(e) {
  let t;
  return typeof e == "string" ? t = e.split(",") : Array.isArray(e) ? t = e.filter((i) => typeof i == "string") : t = [], t.map((i) => i.trim()).filter((i) => i !== "").map((i) => {
    const a = di.exec(i);
    return a ? { key: fi(a[1]), isDocument: !0 } : { key: i, isDocument: !1 };
  });
}
function fi(e) {
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
function me(e) {
  if (typeof e != "string") return "";
  const t = hi.exec(e.trim());
  return t ? t[1] : "";
}
function yi(e) {
  return e.statement === "" ? `Claim ${e.number}` : `Claim ${e.number} ("${bi(e.statement)}")`;
}
function bi(e) {
  return e.length <= qe ? e : e.slice(0, qe - 1).trimEnd() + "…";
}
function gi(e, t) {
  return e.replace(
    /\{(\w+)\}/g,
    (i, a) => Object.prototype.hasOwnProperty.call(t, a) ? t[a] : i
  );
}
function P(e, t, i, a) {
  const n = pi(e);
  return {
    code: e,
    severity: a ?? n.severity,
    claim: i.claim?.number ?? null,
    blockKey: i.claim?.blockKey ?? null,
    citation: i.citation ?? null,
    message: gi(n.message, t)
  };
}
function $e(e, t) {
  const i = [], a = { claim: yi(e) };
  e.statement === "" && i.push(P("CK0304", a, { claim: e })), e.citations.length === 0 && i.push(P("CK0301", a, { claim: e }));
  for (const n of e.citations) {
    const r = n.isDocument ? wi(t, n.key) : void 0;
    if (!r)
      i.push(P("CK0302", { ...a, citation: n.key }, { claim: e, citation: n.key }));
    else if (r.state !== "published") {
      const l = r.title || n.key;
      i.push(P("CK0303", { ...a, citation: l }, { claim: e, citation: n.key }));
    }
  }
  return (e.claimType === "" || e.evidenceStrength === "") && i.push(P("CK0306", a, { claim: e })), ui.has(e.evidenceStrength) && e.qualifier === "" && i.push(P("CK0305", a, { claim: e })), i;
}
function vi(e, t, i, a = {}) {
  const n = [], r = me(t?.nextReviewDue), l = me(i);
  r !== "" && l !== "" && r < l && n.push(P("CK0310", { due: r }, {}, a.reviewOverdueIsError ? "error" : void 0));
  const o = Y(t?.reviewedBy), d = Y(t?.lastReviewed);
  return e > 0 && (o === "" || d === "") && n.push(P("CK0311", {}, {})), n;
}
function ki(e) {
  const t = Se(e.body), i = t.flatMap((a) => $e(a, e.citations));
  return i.push(...vi(t.length, e.review, e.today, e.options)), { claims: t, findings: i };
}
function _i(e) {
  return [...new Set(e.flatMap((t) => t.citations.filter((i) => i.isDocument).map((i) => i.key)))];
}
function wi(e, t) {
  return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
}
function Ce(e) {
  const t = /* @__PURE__ */ new Map();
  for (const i of e)
    for (const a of i.citations)
      t.has(a.key) || t.set(a.key, t.size + 1);
  return t;
}
function rt(e, t, i) {
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
function $i(e, t, i) {
  const a = Ce(e);
  return e.map((n) => ({
    number: n.number,
    blockKey: n.blockKey,
    statement: n.statement,
    qualifier: n.qualifier,
    claimType: n.claimType,
    evidenceStrength: n.evidenceStrength,
    citations: n.citations.map((r) => rt(r, a.get(r.key) ?? 0, i)),
    findings: t.filter((r) => r.claim === n.number)
  }));
}
function Ci(e) {
  const { claims: t, findings: i } = ki({
    body: e.body,
    citations: e.details,
    review: e.review,
    today: e.today,
    options: e.options
  });
  return {
    claims: $i(t, i, e.details),
    articleFindings: i.filter((a) => a.claim === null),
    findings: i,
    errors: i.filter((a) => a.severity === "error").length,
    warnings: i.filter((a) => a.severity === "warning").length
  };
}
function zi(e) {
  return _i(Se(e));
}
const xi = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, Ti = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;
function C(e, t) {
  return e ? (e.find((a) => a.alias === t && a.culture == null && a.segment == null) ?? e.find((a) => a.alias === t))?.value : void 0;
}
function Ue(e) {
  if (!xi.test(e)) return;
  const t = e.replace(/-/g, "").toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function st(e) {
  const t = [], i = (a) => {
    const n = a.trim(), r = Ti.exec(n), l = r ? r[1] === "document" ? Ue(r[2]) : void 0 : Ue(n);
    l && t.push(l);
  };
  if (typeof e == "string") e.split(",").forEach(i);
  else if (Array.isArray(e))
    for (const a of e)
      typeof a == "string" ? i(a) : v(a) && typeof a.unique == "string" && (a.type === void 0 || a.type === "document") && i(a.unique);
  return t;
}
function lt(e) {
  return !Array.isArray(e) || e.length === 0 || !e.every((t) => v(t) && typeof t.unique == "string") ? e : e.map((t) => {
    const i = t;
    return `umb://${typeof i.type == "string" && i.type !== "" ? i.type : "document"}/${i.unique.replace(/-/g, "").toLowerCase()}`;
  });
}
function ot(e) {
  return !v(e) || !Array.isArray(e.contentData) ? e : {
    ...e,
    contentData: e.contentData.map(
      (t) => v(t) && Array.isArray(t.values) ? {
        ...t,
        values: t.values.map(
          (i) => v(i) ? { ...i, value: lt(i.value) } : i
        )
      } : t
    )
  };
}
function Ie(e) {
  return typeof e == "string" ? e.trim() : v(e) && typeof e.date == "string" ? e.date.trim() : "";
}
function z(e) {
  return typeof e == "string" ? e.trim() : typeof e == "number" ? String(e) : "";
}
function ct(e = /* @__PURE__ */ new Date()) {
  const t = (i) => String(i).padStart(2, "0");
  return `${e.getFullYear()}-${t(e.getMonth() + 1)}-${t(e.getDate())}`;
}
function Ki(e) {
  return {
    reviewedBy: z(C(e, h.reviewedBy)),
    lastReviewed: Ie(C(e, h.lastReviewed)),
    nextReviewDue: Ie(C(e, h.nextReviewDue))
  };
}
function Ai(e) {
  return ot(C(e, h.body));
}
async function ut(e, t, i, a) {
  const n = Ai(e), r = Ki(e), l = zi(n), o = l.length ? await t.citations(l) : {};
  return { audit: Ci({ body: n, details: o, review: r, today: i, options: a }), review: r };
}
async function se(e, t) {
  if (t) return t;
  const { UmbracoContentSource: i } = await Promise.resolve().then(() => ca);
  return i.for(e);
}
var Ei = Object.defineProperty, Pi = Object.getOwnPropertyDescriptor, dt = (e) => {
  throw TypeError(e);
}, x = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Pi(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Ei(t, i, n), n;
}, De = (e, t, i) => t.has(e) || dt("Cannot " + i), M = (e, t, i) => (De(e, t, "read from private field"), t.get(e)), ce = (e, t, i) => t.has(e) ? dt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), Oe = (e, t, i, a) => (De(e, t, "write to private field"), t.set(e, i), i), ze = (e, t, i) => (De(e, t, "access private method"), i), Si = (e, t, i, a) => ({
  set _(n) {
    Oe(e, t, n);
  },
  get _() {
    return M(e, t);
  }
}), G, le, fe, ie, ht, pt, mt;
let y = class extends L {
  constructor() {
    super(), ce(this, ie), this._noArticlePicked = !1, this._loading = !0, this._failed = !1, ce(this, G, 0), ce(this, le), ce(this, fe), this.consumeContext(At, (e) => {
      e && (Oe(this, fe, e), this.observe(
        Ve([e.contentTypeUnique, e.values]),
        ([t, i]) => ze(this, ie, ht).call(this, t, i ?? []),
        "clinickitObserveDocument"
      ));
    });
  }
  disconnectedCallback() {
    super.disconnectedCallback(), clearTimeout(M(this, le));
  }
  render() {
    return this._failed ? s`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : this._noArticlePicked ? s`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>` : this._audit ? s`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.review=${this._review}
			.headline=${this._library ? this.localize.term("clinickit_claimsInLibraryArticle", this._library.name) : void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${ze(this, ie, mt)}></clinickit-claims-table>` : s`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`;
  }
};
G = /* @__PURE__ */ new WeakMap();
le = /* @__PURE__ */ new WeakMap();
fe = /* @__PURE__ */ new WeakMap();
ie = /* @__PURE__ */ new WeakSet();
ht = function(e, t) {
  clearTimeout(M(this, le)), Oe(this, le, setTimeout(() => {
    ze(this, ie, pt).call(this, e, t);
  }, this._audit ? 250 : 0));
};
pt = async function(e, t) {
  const i = ++Si(this, G)._;
  this._loading = !0;
  try {
    const a = await se(this, this.source), n = this.today ?? ct();
    let r = t, l, o = !1;
    if (e === q.clinicArticle.key) {
      const [F] = st(C(t, h.article)), f = F ? await a.document(F) : void 0;
      r = f?.values, l = f ? { key: f.key, name: f.name } : void 0, o = !f;
    }
    const { audit: d, review: m } = await ut(r ?? [], a, n);
    if (i !== M(this, G)) return;
    this._audit = d, this._review = m, this._library = l, this._noArticlePicked = o, this._failed = !1;
  } catch (a) {
    if (i !== M(this, G)) return;
    console.error("ClinicKit: could not audit the claims of this document.", a), this._failed = !0;
  } finally {
    i === M(this, G) && (this._loading = !1);
  }
};
mt = async function(e) {
  if (Yt(e.detail.blockKey), this._library) {
    const i = await se(this, this.source);
    ve(i.editPath(this._library.key));
    return;
  }
  const t = Jt(window.location.pathname, this.manifest?.meta.pathname ?? Ee);
  if (t) ve(t);
  else {
    const i = M(this, fe)?.getUnique?.();
    i && ve((await se(this, this.source)).editPath(i));
  }
};
y.styles = [
  Z,
  E`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
x([
  c({ attribute: !1 })
], y.prototype, "manifest", 2);
x([
  c({ attribute: !1 })
], y.prototype, "source", 2);
x([
  c()
], y.prototype, "today", 2);
x([
  b()
], y.prototype, "_audit", 2);
x([
  b()
], y.prototype, "_review", 2);
x([
  b()
], y.prototype, "_library", 2);
x([
  b()
], y.prototype, "_noArticlePicked", 2);
x([
  b()
], y.prototype, "_loading", 2);
x([
  b()
], y.prototype, "_failed", 2);
y = x([
  O("clinickit-claims-workspace-view")
], y);
const Di = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CLAIMS_VIEW_PATHNAME: Ee,
  get ClinicKitClaimsWorkspaceViewElement() {
    return y;
  },
  get element() {
    return y;
  }
}, Symbol.toStringTag, { value: "Module" }));
var Oi = Object.defineProperty, Li = Object.getOwnPropertyDescriptor, T = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Li(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Oi(t, i, n), n;
};
let k = class extends L {
  constructor() {
    super(...arguments), this.number = 0, this.statement = "", this.qualifier = "", this.claimType = "", this.evidenceStrength = "", this.citations = [], this.findings = [], this.highlighted = !1;
  }
  render() {
    const e = this.findings.filter((n) => n.severity === "error").length, t = this.number ? this.localize.term("clinickit_claimNumber", this.number) : this.localize.term("clinickit_columnClaim"), i = s`
			<div class="head">
				<span class="badge">${t}</span>
				${this.claimType ? s`<uui-tag look="secondary">${this.claimType}</uui-tag>` : u}
				${this.evidenceStrength ? s`<span class="evidence">${this.evidenceStrength}</span>` : u}
				${this.findings.length ? s`<uui-tag class="problems" color=${e ? "danger" : "warning"}
							>${this.localize.term("clinickit_problemCount", this.findings.length)}</uui-tag
						>` : u}
			</div>
			<p class="statement">
				${this.statement || s`<em class="muted">—</em>`}${this.citations.length ? s`<sup class="refs">[${this.citations.map((n) => n.number).join(", ")}]</sup>` : u}
			</p>
			${this.qualifier ? s`<p class="qualifier">${this.qualifier}</p>` : u}
			${this.citations.length ? s`<ol class="sources" aria-label=${this.localize.term("clinickit_citationsLabel")}>
						${this.citations.map((n) => {
      const r = Fe(n.state);
      return s`<li class=${n.state} data-key=${n.key}>
								<span class="ref-number">${n.number}</span>
								<span>${n.state === "missing" ? this.localize.term("clinickit_deletedCitation") : n.title}${n.source ? s`<span class="source-line"> — ${n.source}</span>` : u}</span>
								${r ? s`<uui-tag color="danger" look="secondary">${this.localize.term(r)}</uui-tag>` : u}
							</li>`;
    })}
					</ol>` : s`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_noSources")}
					</p>`}
		`, a = `card ${e ? "error" : this.findings.length ? "warning" : "ok"}`;
    return this.href ? s`<a class=${a} href=${this.href}>${i}</a>` : s`<div class=${a} role="group" aria-label=${t}>${i}</div>`;
  }
};
k.styles = [
  Z,
  be,
  E`
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
], k.prototype, "number", 2);
T([
  c()
], k.prototype, "statement", 2);
T([
  c()
], k.prototype, "qualifier", 2);
T([
  c({ attribute: "claim-type" })
], k.prototype, "claimType", 2);
T([
  c({ attribute: "evidence-strength" })
], k.prototype, "evidenceStrength", 2);
T([
  c({ attribute: !1 })
], k.prototype, "citations", 2);
T([
  c({ attribute: !1 })
], k.prototype, "findings", 2);
T([
  c()
], k.prototype, "href", 2);
T([
  c({ type: Boolean, reflect: !0 })
], k.prototype, "highlighted", 2);
k = T([
  O("clinickit-claim-preview")
], k);
var Bi = Object.defineProperty, Ni = Object.getOwnPropertyDescriptor, ft = (e) => {
  throw TypeError(e);
}, $ = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ni(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Bi(t, i, n), n;
}, Le = (e, t, i) => t.has(e) || ft("Cannot " + i), X = (e, t, i) => (Le(e, t, "read from private field"), i ? i.call(e) : t.get(e)), ke = (e, t, i) => t.has(e) ? ft("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), yt = (e, t, i, a) => (Le(e, t, "write to private field"), t.set(e, i), i), j = (e, t, i) => (Le(e, t, "access private method"), i), he, ae, _, ye, Be, xe, bt, gt;
const ee = oi.claimBlock.properties;
let p = class extends L {
  constructor() {
    super(), ke(this, _), this._details = {}, this._highlighted = !1, this._lookedUp = "", ke(this, he), ke(this, ae, ""), this.consumeContext(Lt, (e) => {
      e && this.observe(
        Ve([e.layouts, e.contents]),
        ([t, i]) => {
          this._claims = Se(
            ot({ contentData: i, layout: { [it]: t } })
          );
        },
        "clinickitObserveBlocks"
      );
    });
  }
  connectedCallback() {
    super.connectedCallback(), yt(this, he, Zt(() => j(this, _, xe).call(this)));
  }
  disconnectedCallback() {
    var e;
    super.disconnectedCallback(), (e = X(this, he)) == null || e.call(this);
  }
  updated() {
    j(this, _, xe).call(this), j(this, _, bt).call(this);
  }
  render() {
    const e = j(this, _, Be).call(this), t = this._claims ? Ce(this._claims) : Ce([e]), i = e.citations.map((r) => rt(r, t.get(r.key) ?? 0, this._details)), a = e.citations.filter((r) => r.isDocument).map((r) => r.key).join(","), n = this._lookedUp === a ? $e(e, this._details) : $e(e, j(this, _, gt).call(this, e));
    return s`<clinickit-claim-preview
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
_ = /* @__PURE__ */ new WeakSet();
ye = function() {
  return this.contentKey ?? this.layout?.contentKey;
};
Be = function() {
  const e = X(this, _, ye)?.toLowerCase(), t = this._claims?.find((a) => a.blockKey.toLowerCase() === e);
  if (t) return t;
  const i = this.content ?? {};
  return {
    number: 0,
    blockKey: X(this, _, ye) ?? "",
    statement: Y(i[ee.statement]),
    citations: nt(lt(i[ee.citations])),
    claimType: re(i[ee.claimType]),
    evidenceStrength: re(i[ee.evidenceStrength]),
    qualifier: Y(i[ee.qualifier])
  };
};
xe = function() {
  const e = X(this, _, ye);
  !e || !Xt(e) || (this._highlighted = !0, this.scrollIntoView({ behavior: "smooth", block: "center" }), setTimeout(() => this._highlighted = !1, 4e3));
};
bt = async function() {
  const e = j(this, _, Be).call(this).citations.filter((i) => i.isDocument).map((i) => i.key), t = e.join(",");
  if (t !== X(this, ae)) {
    if (yt(this, ae, t), !e.length) {
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
gt = function(e) {
  const t = { ...this._details };
  for (const i of e.citations)
    i.isDocument && !(i.key in t) && (t[i.key] = { key: i.key, title: i.key, state: "published" });
  return t;
};
p.styles = E`
		:host {
			display: block;
		}
	`;
$([
  c({ attribute: !1 })
], p.prototype, "manifest", 2);
$([
  c({ attribute: !1 })
], p.prototype, "content", 2);
$([
  c({ attribute: !1 })
], p.prototype, "config", 2);
$([
  c({ attribute: !1 })
], p.prototype, "contentKey", 2);
$([
  c({ attribute: !1 })
], p.prototype, "layout", 2);
$([
  c({ attribute: !1 })
], p.prototype, "source", 2);
$([
  b()
], p.prototype, "_claims", 2);
$([
  b()
], p.prototype, "_details", 2);
$([
  b()
], p.prototype, "_highlighted", 2);
$([
  b()
], p.prototype, "_lookedUp", 2);
p = $([
  O("clinickit-claim-block-view")
], p);
const Mi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClaimBlockViewElement() {
    return p;
  },
  get element() {
    return p;
  }
}, Symbol.toStringTag, { value: "Module" }));
function vt(e) {
  const t = [], i = new RegExp(Bt.source, "g");
  let a = 0;
  for (let n = i.exec(e); n !== null; n = i.exec(e))
    n.index > a && t.push({ text: e.slice(a, n.index), token: !1 }), t.push({ text: n[0], token: !0 }), a = n.index + n[0].length;
  return a < e.length && t.push({ text: e.slice(a), token: !1 }), t;
}
var Ri = Object.defineProperty, qi = Object.getOwnPropertyDescriptor, kt = (e) => {
  throw TypeError(e);
}, V = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? qi(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Ri(t, i, n), n;
}, Ui = (e, t, i) => t.has(e) || kt("Cannot " + i), Ii = (e, t, i) => t.has(e) ? kt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ue = (e, t, i) => (Ui(e, t, "access private method"), i), H, te;
let A = class extends L {
  constructor() {
    super(...arguments), Ii(this, H), this.heading = "", this.body = "", this.buttonLabel = "", this.linkText = "", this.ctaStyle = "Primary";
  }
  render() {
    const e = this.ctaStyle.toLowerCase() === "subtle", t = [this.heading, this.body, this.buttonLabel].some((n) => vt(n).some((r) => r.token)), i = s`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? s`<p class="heading">${ue(this, H, te).call(this, this.heading)}</p>` : u}
			${this.body ? s`<p class="body">${ue(this, H, te).call(this, this.body)}</p>` : u}
			<div class="action">
				${this.buttonLabel ? s`<span class="button">${ue(this, H, te).call(this, this.buttonLabel)}</span>` : u}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText ? s`${this.localize.term("clinickit_ctaLinksTo")} ${ue(this, H, te).call(this, this.linkText)}` : this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${t ? s`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>` : u}
		`, a = `card ${e ? "subtle" : "primary"}`;
    return this.href ? s`<a class=${a} href=${this.href}>${i}</a>` : s`<div class=${a} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${i}</div>`;
  }
};
H = /* @__PURE__ */ new WeakSet();
te = function(e) {
  return vt(e).map(
    (t) => t.token ? s`<span class="token" title=${this.localize.term("clinickit_ctaToken", t.text)}>${t.text}</span>` : t.text
  );
};
A.styles = [
  Z,
  be,
  E`
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
], A.prototype, "heading", 2);
V([
  c()
], A.prototype, "body", 2);
V([
  c({ attribute: "button-label" })
], A.prototype, "buttonLabel", 2);
V([
  c({ attribute: "link-text" })
], A.prototype, "linkText", 2);
V([
  c({ attribute: "cta-style" })
], A.prototype, "ctaStyle", 2);
V([
  c()
], A.prototype, "href", 2);
A = V([
  O("clinickit-cta-preview")
], A);
var Vi = Object.defineProperty, Wi = Object.getOwnPropertyDescriptor, ge = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Wi(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Vi(t, i, n), n;
};
function _t(e) {
  const t = Array.isArray(e) ? e[0] : e;
  return v(t) ? z(t.url) || z(t.name) : "";
}
let D = class extends L {
  render() {
    const e = this.content ?? {};
    return s`<clinickit-cta-preview
			.heading=${z(e[h.heading])}
			.body=${z(e[h.body])}
			.buttonLabel=${z(e[h.buttonLabel])}
			.linkText=${_t(e[h.link])}
			.ctaStyle=${re(e[h.style]) || "Primary"}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}></clinickit-cta-preview>`;
  }
};
D.styles = E`
		:host {
			display: block;
		}
	`;
ge([
  c({ attribute: !1 })
], D.prototype, "manifest", 2);
ge([
  c({ attribute: !1 })
], D.prototype, "content", 2);
ge([
  c({ attribute: !1 })
], D.prototype, "config", 2);
D = ge([
  O("clinickit-cta-block-view")
], D);
const Fi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitCtaBlockViewElement() {
    return D;
  },
  get element() {
    return D;
  },
  linkText: _t
}, Symbol.toStringTag, { value: "Module" }));
function ji(e, t, i) {
  const a = /* @__PURE__ */ new Map();
  for (const l of e)
    for (const o of l.pages) {
      if (!o.articleKey) continue;
      const d = a.get(o.articleKey) ?? /* @__PURE__ */ new Set();
      d.add(l.key), a.set(o.articleKey, d);
    }
  const n = new Map(e.map((l) => [l.key, l.name])), r = me(i);
  return e.map((l) => ({
    key: l.key,
    name: l.name,
    href: l.href,
    articles: l.pages.map((o) => {
      const d = o.articleKey ? t.get(o.articleKey) : void 0, m = me(d?.nextReviewDue), F = o.articleKey ? [...a.get(o.articleKey) ?? []].filter((f) => f !== l.key) : [];
      return {
        pageKey: o.key,
        pageName: o.name,
        pageHref: o.href,
        article: d,
        articleMissing: !!o.articleKey && (!d || d.available === !1),
        overdue: m !== "" && r !== "" && m < r,
        alsoUsedBy: F.map((f) => n.get(f) ?? f).sort((f, Kt) => f.localeCompare(Kt))
      };
    })
  }));
}
function Hi(e) {
  return new Set(e.flatMap((t) => t.articles.map((i) => i.article?.key).filter(Boolean))).size;
}
async function Gi(e, t) {
  const i = (await e.roots()).filter(
    (o) => !o.isTrashed && o.documentTypeKey === q.clinicSite.key
  ), a = await Promise.all(
    i.map(async (o) => {
      const d = (await e.children(o.key)).filter(
        (m) => !m.isTrashed && m.documentTypeKey === q.clinicArticle.key
      );
      return {
        key: o.key,
        name: o.name,
        href: e.editPath(o.key),
        pages: await Promise.all(
          d.map(async (m) => {
            const F = await e.document(m.key), [f] = st(C(F?.values, h.article));
            return { key: m.key, name: m.name, href: e.editPath(m.key), articleKey: f };
          })
        )
      };
    })
  ), n = [...new Set(a.flatMap((o) => o.pages.map((d) => d.articleKey).filter((d) => !!d)))], r = await Promise.all(n.map((o) => Yi(e, o, t))), l = /* @__PURE__ */ new Map();
  for (const o of r) o && l.set(o.key, o);
  return ji(a, l, t);
}
async function Yi(e, t, i) {
  const a = await e.document(t);
  if (!a) return;
  const { audit: n, review: r } = await ut(a.values, e, i);
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
var Xi = Object.defineProperty, Zi = Object.getOwnPropertyDescriptor, wt = (e) => {
  throw TypeError(e);
}, Ne = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Zi(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && Xi(t, i, n), n;
}, Ji = (e, t, i) => t.has(e) || wt("Cannot " + i), Qi = (e, t, i) => t.has(e) ? wt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ne = (e, t, i) => (Ji(e, t, "access private method"), i), R, Te, $t, Ct, zt;
let oe = class extends L {
  constructor() {
    super(...arguments), Qi(this, R), this.clinics = [], this.loading = !1;
  }
  render() {
    return this.loading ? s`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>` : s`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length ? s`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary", this.clinics.length, Hi(this.clinics))}
						</p>
						${Ae(
      this.clinics,
      (e) => e.key,
      (e) => ne(this, R, $t).call(this, e)
    )}` : s`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`;
  }
};
R = /* @__PURE__ */ new WeakSet();
Te = function(e) {
  const t = e ? He(e) : void 0;
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : s`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`;
};
$t = function(e) {
  return s`
			<uui-box headline=${e.name} data-clinic=${e.key}>
				${e.href ? s`<uui-button
							slot="header-actions"
							look="secondary"
							compact
							href=${e.href}
							label=${this.localize.term("clinickit_openClinicLabel", e.name)}
							>${this.localize.term("clinickit_openClinic")}</uui-button
						>` : u}
				${e.articles.length === 0 ? s`<p class="muted">${this.localize.term("clinickit_clinicNoArticles")}</p>` : s`<uui-table aria-label=${e.name}>
							<uui-table-head>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLibraryArticle")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLastReviewed")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnNextReview")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAudit")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAlsoUsedBy")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnClinicPage")}</uui-table-head-cell>
							</uui-table-head>
							${Ae(
    e.articles,
    (t) => t.pageKey,
    (t) => ne(this, R, Ct).call(this, t)
  )}
						</uui-table>`}
			</uui-box>
		`;
};
Ct = function(e) {
  const t = e.article;
  return s`
			<uui-table-row data-page=${e.pageKey} data-article=${t?.key ?? ""}>
				<uui-table-cell>
					${t && t.available !== !1 ? s`<span class="article">
									<uui-icon name="icon-document-medal" aria-hidden="true"></uui-icon>
									${t.href ? s`<a href=${t.href}>${t.name}</a>` : t.name}
								</span>
								${e.pageName && e.pageName !== t.name ? s`<div class="muted shown-as">${this.localize.term("clinickit_shownAs", e.pageName)}</div>` : u}` : s`<uui-tag color=${e.articleMissing ? "danger" : "default"} look="secondary"
								>${e.articleMissing ? this.localize.term("clinickit_stateMissing") : this.localize.term("clinickit_notPicked")}</uui-tag
							>`}
				</uui-table-cell>
				<uui-table-cell class="date">${t ? ne(this, R, Te).call(this, t.lastReviewed) : u}</uui-table-cell>
				<uui-table-cell class="date">
					${t ? ne(this, R, Te).call(this, t.nextReviewDue) : u}
					${e.overdue ? s`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>` : u}
				</uui-table-cell>
				<uui-table-cell class="audit">${t ? ne(this, R, zt).call(this, t) : u}</uui-table-cell>
				<uui-table-cell>
					${t ? e.alsoUsedBy.length ? e.alsoUsedBy.join(", ") : s`<span class="muted">${this.localize.term("clinickit_onlyThisClinic")}</span>` : u}
				</uui-table-cell>
				<uui-table-cell class="page">
					${e.pageHref ? s`<uui-button
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
zt = function(e) {
  return !e.errors && !e.warnings ? s`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : s`${e.errors ? s`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", e.errors)}</uui-tag>` : u}
		${e.warnings ? s`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", e.warnings)}</uui-tag>` : u}`;
};
oe.styles = [
  Z,
  be,
  E`
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
Ne([
  c({ attribute: !1 })
], oe.prototype, "clinics", 2);
Ne([
  c({ type: Boolean })
], oe.prototype, "loading", 2);
oe = Ne([
  O("clinickit-clinics-table")
], oe);
var ea = Object.defineProperty, ta = Object.getOwnPropertyDescriptor, xt = (e) => {
  throw TypeError(e);
}, W = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? ta(t, i) : t, r = e.length - 1, l; r >= 0; r--)
    (l = e[r]) && (n = (a ? l(t, i, n) : l(n)) || n);
  return a && n && ea(t, i, n), n;
}, ia = (e, t, i) => t.has(e) || xt("Cannot " + i), aa = (e, t, i) => t.has(e) ? xt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), na = (e, t, i) => (ia(e, t, "access private method"), i), Ke, Tt;
let w = class extends L {
  constructor() {
    super(...arguments), aa(this, Ke), this._clinics = [], this._loading = !0, this._failed = !1;
  }
  connectedCallback() {
    super.connectedCallback(), na(this, Ke, Tt).call(this);
  }
  render() {
    return this._failed ? s`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : s`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
  }
};
Ke = /* @__PURE__ */ new WeakSet();
Tt = async function() {
  this._loading = !0;
  try {
    const e = await se(this, this.source);
    this._clinics = await Gi(e, this.today ?? ct()), this._failed = !1;
  } catch (e) {
    console.error("ClinicKit: could not load the clinics.", e), this._failed = !0;
  } finally {
    this._loading = !1;
  }
};
w.styles = [
  Z,
  E`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
W([
  c({ attribute: !1 })
], w.prototype, "manifest", 2);
W([
  c({ attribute: !1 })
], w.prototype, "source", 2);
W([
  c()
], w.prototype, "today", 2);
W([
  b()
], w.prototype, "_clinics", 2);
W([
  b()
], w.prototype, "_loading", 2);
W([
  b()
], w.prototype, "_failed", 2);
w = W([
  O("clinickit-clinics-dashboard")
], w);
const ra = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClinicsDashboardElement() {
    return w;
  },
  get element() {
    return w;
  }
}, Symbol.toStringTag, { value: "Module" })), de = 100, sa = 3e4, _e = /* @__PURE__ */ new Map();
class Me {
  #t;
  #i;
  #e;
  constructor(t) {
    this.#t = new Et(t), this.#i = new Pt(t), this.#e = new St(t);
  }
  static for(t) {
    return new Me(t);
  }
  editPath(t) {
    return Dt.generateAbsolute({ unique: t });
  }
  async citations(t) {
    const i = Date.now(), a = [...new Set(t)], n = a.filter((l) => {
      const o = _e.get(l);
      return !o || i - o.at > sa;
    });
    if (n.length) {
      const l = this.#n(n);
      for (const o of n) _e.set(o, { at: i, value: l.then((d) => d[o]) });
    }
    const r = {};
    for (const l of a) {
      const o = await _e.get(l)?.value;
      o && (r[l] = o);
    }
    return r;
  }
  async #n(t) {
    const { data: i } = await this.#t.requestItems(t), a = i ?? [], n = {};
    return await Promise.all(
      a.map(async (r) => {
        const o = (await this.document(r.unique))?.values ?? [], d = z(C(o, h.title)) || la(r), m = [
          z(C(o, h.authors)),
          z(C(o, h.publication)),
          z(C(o, h.year))
        ].filter(Boolean).join(" · ");
        n[r.unique] = {
          key: r.unique,
          title: d,
          state: oa(r),
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
        parent: { unique: t, entityType: Ot },
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
          name: r.variants.find((l) => l.culture === null)?.name ?? r.variants[0]?.name ?? "",
          documentTypeKey: r.documentType.unique,
          isTrashed: r.isTrashed
        }))
      ), n.items.length < de || i.length >= n.total)) break;
    }
    return i;
  }
}
function la(e) {
  return e.variants.find((t) => t.culture === null)?.name ?? e.variants[0]?.name ?? e.unique;
}
function oa(e) {
  return e.isTrashed ? "trashed" : e.variants.some(
    (i) => i.state === Re.PUBLISHED || i.state === Re.PUBLISHED_PENDING_CHANGES
  ) ? "published" : "unpublished";
}
const ca = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  UmbracoContentSource: Me
}, Symbol.toStringTag, { value: "Module" }));
export {
  ba as manifests
};
