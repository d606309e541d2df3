import { UMB_DOCUMENT_WORKSPACE_CONTEXT as Pt, UmbDocumentItemRepository as Ot, UmbDocumentDetailRepository as Lt, UmbDocumentTreeRepository as Dt, UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN as Bt, UMB_DOCUMENT_ENTITY_TYPE as Nt } from "@umbraco-cms/backoffice/document";
import { css as P, nothing as u, html as r, property as c, customElement as D, repeat as Ae, state as b } from "@umbraco-cms/backoffice/external/lit";
import { UmbLitElement as B } from "@umbraco-cms/backoffice/lit-element";
import { observeMultiple as He } from "@umbraco-cms/backoffice/observable-api";
import { UmbTextStyles as J } from "@umbraco-cms/backoffice/style";
import { UMB_BLOCK_MANAGER_CONTEXT as Rt } from "@umbraco-cms/backoffice/block";
import { DocumentVariantStateModel as qe } from "@umbraco-cms/backoffice/external/backend-api";
const N = (e, t, i) => `${e} ${e === 1 ? t : i}`, Ge = {
  clinickit: {
    claimsTab: "Claims",
    clinicsDashboard: "Clinics",
    claimsAudit: "Claims audit",
    claimsInArticle: "Claims in this article",
    claimsInLibraryArticle: (e) => `Claims in the library article "${e}"`,
    claimCount: (e) => N(e, "claim", "claims"),
    citationCount: (e) => N(e, "source cited", "sources cited"),
    errorCount: (e) => N(e, "error", "errors"),
    warningCount: (e) => N(e, "warning", "warnings"),
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
    problemCount: (e) => N(e, "problem", "problems"),
    ctaLabel: "Call to action",
    ctaTokensHint: "Clinic tokens are filled in for each clinic when the page is shown.",
    ctaToken: (e) => `Clinic token ${e}`,
    ctaNoLink: "No link picked",
    ctaLinksTo: "Links to",
    clinicsIntro: "Each clinic site reuses articles from the shared library. A change to a library article shows on every clinic listed with it.",
    clinicsSummary: (e, t) => `${N(e, "clinic site", "clinic sites")} · ${N(t, "library article", "library articles")} reused`,
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
}, Mt = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g, Ee = "clinickit-claims", qt = {
  type: "workspaceView",
  alias: "ClinicKit.WorkspaceView.Claims",
  name: "ClinicKit Claims workspace view",
  element: () => Promise.resolve().then(() => Mi),
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
      oneOf: [U.article.alias, U.clinicArticle.alias]
    }
  ]
}, Ut = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Claim",
  name: "ClinicKit claim block preview",
  element: () => Promise.resolve().then(() => Wi),
  forContentTypeAlias: U.claimBlock.alias,
  forBlockEditor: "block-list"
}, It = {
  type: "blockEditorCustomView",
  alias: "ClinicKit.BlockEditorCustomView.Cta",
  name: "ClinicKit call-to-action block preview",
  element: () => Promise.resolve().then(() => Zi),
  forContentTypeAlias: U.ctaBlock.alias,
  forBlockEditor: "block-list"
}, Vt = {
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
}, Wt = {
  type: "localization",
  alias: "ClinicKit.Localization.EnUs",
  name: "ClinicKit English (United States)",
  meta: {
    culture: "en-US",
    localizations: Ge
  }
}, Ft = {
  type: "localization",
  alias: "ClinicKit.Localization.En",
  name: "ClinicKit English (fallback)",
  meta: {
    culture: "en",
    localizations: Ge
  }
}, $a = [
  Wt,
  Ft,
  qt,
  Ut,
  It,
  Vt
], jt = (e) => e === "error" ? "danger" : "warning";
function Ye(e) {
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
function Ht(e, t) {
  const i = `clinickit_fix${e.code}`, a = /(\d{4}-\d{2}-\d{2})/.exec(e.message)?.[1] ?? "", n = e.code === "CK0303" ? [t.citationTitle(e.citation ?? "")] : e.code === "CK0310" ? [t.date(a)] : [], s = t.term(i, ...n);
  return s && s !== i ? s : e.message;
}
function Xe(e, t) {
  return e.length === 0 ? u : r`<ul class="findings">
		${e.map(
    (i) => r`<li class="finding ${i.severity}" data-code=${i.code}>
					<uui-icon name=${i.severity === "error" ? "icon-alert" : "icon-info"} aria-hidden="true"></uui-icon>
					<span>${Ht(i, t)}</span>
				</li>`
  )}
	</ul>`;
}
function Ze(e) {
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(e);
  return t ? new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))) : void 0;
}
const be = P`
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
var Gt = Object.defineProperty, Yt = Object.getOwnPropertyDescriptor, Je = (e) => {
  throw TypeError(e);
}, V = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Yt(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && Gt(t, i, n), n;
}, Qe = (e, t, i) => t.has(e) || Je("Cannot " + i), et = (e, t, i) => (Qe(e, t, "read from private field"), i ? i.call(e) : t.get(e)), Xt = (e, t, i) => t.has(e) ? Je("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), O = (e, t, i) => (Qe(e, t, "access private method"), i), g, tt, Se, pe, it, at, nt, st;
let E = class extends B {
  constructor() {
    super(...arguments), Xt(this, g), this.claims = [], this.articleFindings = [], this.inLibrary = !1, this.loading = !1;
  }
  render() {
    const e = [...this.claims.flatMap((n) => n.findings), ...this.articleFindings], t = e.filter((n) => n.severity === "error").length, i = e.length - t, a = new Set(this.claims.flatMap((n) => n.citations.map((s) => s.key))).size;
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
					${this.localize.term("clinickit_citationCount", a)}
				</p>
				${O(this, g, it).call(this)} ${Xe(this.articleFindings, et(this, g, Se))}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length === 0 ? r`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>` : O(this, g, at).call(this)}
			</uui-box>
		`;
  }
};
g = /* @__PURE__ */ new WeakSet();
tt = function(e) {
  this.dispatchEvent(
    new CustomEvent("clinickit-go-to-block", {
      detail: { blockKey: e.blockKey, claim: e.number },
      bubbles: !0,
      composed: !0
    })
  );
};
Se = function() {
  const e = new Map(this.claims.flatMap((t) => t.citations.map((i) => [i.key, i.title])));
  return {
    term: (t, ...i) => this.localize.term(t, ...i),
    date: (t) => O(this, g, pe).call(this, t),
    citationTitle: (t) => e.get(t) ?? t
  };
};
pe = function(e) {
  const t = Ze(e);
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : e;
};
it = function() {
  const e = this.review;
  if (!e) return u;
  const t = e.reviewedBy && e.lastReviewed ? this.localize.term("clinickit_reviewedBy", e.reviewedBy, O(this, g, pe).call(this, e.lastReviewed)) : this.localize.term("clinickit_reviewNotRecorded");
  return r`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${t}${e.nextReviewDue ? r` · ${this.localize.term("clinickit_nextReviewDue", O(this, g, pe).call(this, e.nextReviewDue))}` : u}</span>
		</p>`;
};
at = function() {
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
				${Ae(
    this.claims,
    (e) => e.blockKey,
    (e) => O(this, g, nt).call(this, e)
  )}
			</uui-table>
		`;
};
nt = function(e) {
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
					>${O(this, g, st).call(this, e.citations)}</uui-table-cell
				>
				<uui-table-cell class="col-evidence">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnEvidence")}</span>
					${e.claimType ? r`<uui-tag look="secondary">${e.claimType}</uui-tag>` : u}
					<div>${e.evidenceStrength || r`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					<span class="cell-label" aria-hidden="true">${this.localize.term("clinickit_columnProblems")}</span>
					${e.findings.length ? Xe(e.findings, et(this, g, Se)) : r`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look="secondary"
						compact
						label=${this.inLibrary ? this.localize.term("clinickit_openInLibraryLabel", e.number) : this.localize.term("clinickit_goToBlockLabel", e.number)}
						@click=${() => O(this, g, tt).call(this, e)}>
						${this.inLibrary ? this.localize.term("clinickit_openInLibrary") : this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
};
st = function(e) {
  return e.length === 0 ? r`<span class="muted">${this.localize.term("clinickit_noSources")}</span>` : r`<ol class="sources">
			${e.map((t) => {
    const i = Ye(t.state);
    return r`<li class="source ${t.state}" data-key=${t.key}>
					<span class="ref-number">${t.number}</span>
					<span class="source-text">
						${t.state === "missing" ? r`<span class="title">${this.localize.term("clinickit_deletedCitation")}</span>` : t.href ? r`<a href=${t.href}>${t.title}</a>` : r`<span class="title">${t.title}</span>`}
						${t.source ? r`<span class="source-line">${t.source}</span>` : u}
						${i ? r`<uui-tag color=${t.state === "missing" ? "danger" : jt("error")} look="secondary"
									>${this.localize.term(i)}</uui-tag
								>` : u}
					</span>
				</li>`;
  })}
		</ol>`;
};
E.styles = [
  J,
  be,
  P`
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
V([
  c({ attribute: !1 })
], E.prototype, "claims", 2);
V([
  c({ attribute: !1 })
], E.prototype, "articleFindings", 2);
V([
  c({ attribute: !1 })
], E.prototype, "review", 2);
V([
  c()
], E.prototype, "headline", 2);
V([
  c({ type: Boolean, attribute: "in-library" })
], E.prototype, "inLibrary", 2);
V([
  c({ type: Boolean })
], E.prototype, "loading", 2);
E = V([
  D("clinickit-claims-table")
], E);
const we = "clinickit-focus-block", Zt = 12e4;
let R;
function Jt(e) {
  R = { blockKey: e.toLowerCase(), at: Date.now() }, window.dispatchEvent(new CustomEvent(we, { detail: { blockKey: R.blockKey } }));
}
function Qt(e) {
  return !R || !e ? !1 : Date.now() - R.at > Zt ? (R = void 0, !1) : R.blockKey !== e.toLowerCase() ? !1 : (R = void 0, !0);
}
function ei(e) {
  const t = () => e();
  return window.addEventListener(we, t), () => window.removeEventListener(we, t);
}
function ti(e, t) {
  const i = `/view/${t}`, a = e.lastIndexOf(i);
  if (!(a < 0))
    return `${e.slice(0, a)}/view/content`;
}
function ve(e) {
  window.history.pushState({}, "", e);
}
const ii = { elementTypeKey: "d40032df-5b93-4a26-a1dd-b407cf0954cf", properties: { statement: "statement", citations: "citations", claimType: "claimType", evidenceStrength: "evidenceStrength", qualifier: "qualifier" } }, ai = { elementTypeKey: "5afe1b10-c15a-4e7d-9b3e-2f1a6c0d4e15", sections: ["whoShouldNotHaveIt", "risks", "monitoring"] }, ni = "Regulatory", si = ["Small or early clinical study", "Animal or laboratory study", "Expert review or guidance"], ri = 60, oi = [{ code: "CK0304", severity: "error", message: "{claim} has no statement." }, { code: "CK0301", severity: "error", message: "{claim} cites no source." }, { code: "CK0302", severity: "error", message: "{claim} cites {citation}, which does not exist." }, { code: "CK0303", severity: "error", message: '{claim} cites "{citation}", which is not published.' }, { code: "CK0306", severity: "warning", message: "{claim} has no claim type or evidence strength." }, { code: "CK0305", severity: "warning", message: "{claim} rests on limited evidence and has no qualifier." }], li = [{ code: "CK0320", severity: "error", message: "This article discusses {treatment} but has no important safety information (a safety block with at least one point)." }, { code: "CK0321", severity: "error", message: "This article discusses {treatment} but no claim states its regulatory status (claim type Regulatory)." }], ci = [{ code: "CK0310", severity: "warning", message: "The medical review was due on {due} and is overdue." }, { code: "CK0311", severity: "warning", message: "This article makes claims but records no medical review." }], C = {
  claimBlock: ii,
  safetyBlock: ai,
  regulatoryClaimType: ni,
  limitedEvidence: si,
  statementPreviewLength: ri,
  claimRules: oi,
  treatmentRules: li,
  reviewRules: ci
}, rt = "Umbraco.BlockList";
function Ue(e) {
  const t = ui(e);
  if (!t) return [];
  const i = Array.isArray(t.contentData) ? t.contentData.filter(hi) : [], a = /* @__PURE__ */ new Map();
  for (const s of i) {
    const o = s.key.toLowerCase();
    a.has(o) || a.set(o, s);
  }
  const n = [];
  for (const s of di(t)) {
    const o = a.get(s.toLowerCase());
    o && n.push(o);
  }
  return n;
}
function H(e, t) {
  return e.values.find(
    (a) => v(a) && a.alias === t && a.culture == null && a.segment == null
  )?.value;
}
function ui(e) {
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
function di(e) {
  const t = "Layout" in e ? "Layout" : Object.keys(e).find((n) => n.toLowerCase() === "layout"), i = t ? e[t] : void 0;
  if (!v(i)) return [];
  const a = i[rt];
  return Array.isArray(a) ? a.map((n) => v(n) && typeof n.contentKey == "string" ? n.contentKey : void 0).filter((n) => n !== void 0) : [];
}
function hi(e) {
  return v(e) && typeof e.contentTypeKey == "string" && typeof e.key == "string" && Array.isArray(e.values);
}
function v(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
const pi = C, ot = new Map(
  [...C.claimRules, ...C.treatmentRules, ...C.reviewRules].map((e) => [e.code, e])
);
[...ot.keys()];
const Ie = C.claimBlock.elementTypeKey.toLowerCase(), Q = C.claimBlock.properties, mi = C.safetyBlock.elementTypeKey.toLowerCase(), fi = C.safetyBlock.sections, yi = new Set(C.limitedEvidence), Ve = C.statementPreviewLength, bi = /^umb:\/\/document\/([0-9a-fA-F]{32})$/, gi = /^(\d{4}-\d{2}-\d{2})/;
function vi(e) {
  const t = ot.get(e);
  if (!t) throw new Error(`claim-rules.json defines no rule ${e}`);
  return t;
}
function Pe(e) {
  const t = [];
  for (const i of Ue(e)) {
    const a = i.contentTypeKey.toLowerCase();
    if (a === Ie) t.push(We(i, t.length + 1, null));
    else if (a === mi)
      for (const n of fi)
        for (const s of Ue(H(i, n)))
          s.contentTypeKey.toLowerCase() === Ie && t.push(We(s, t.length + 1, n));
  }
  return t;
}
function We(e, t, i) {
  return {
    number: t,
    blockKey: e.key,
    statement: I(H(e, Q.statement)),
    citations: lt(H(e, Q.citations)),
    claimType: se(H(e, Q.claimType)),
    evidenceStrength: se(H(e, Q.evidenceStrength)),
    qualifier: I(H(e, Q.qualifier)),
    safetySection: i
  };
}
function I(e) {
  return typeof e == "string" ? e.replace(/\s+/g, " ").trim() : "";
}
function lt(e) {
  let t;
  return typeof e == "string" ? t = e.split(",") : Array.isArray(e) ? t = e.filter((i) => typeof i == "string") : t = [], t.map((i) => i.trim()).filter((i) => i !== "").map((i) => {
    const a = bi.exec(i);
    return a ? { key: ki(a[1]), isDocument: !0 } : { key: i, isDocument: !1 };
  });
}
function ki(e) {
  const t = e.toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function se(e) {
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
  const t = gi.exec(e.trim());
  return t ? t[1] : "";
}
function _i(e) {
  return e.statement === "" ? `Claim ${e.number}` : `Claim ${e.number} ("${wi(e.statement)}")`;
}
function wi(e) {
  return e.length <= Ve ? e : e.slice(0, Ve - 1).trimEnd() + "…";
}
function $i(e, t) {
  return e.replace(
    /\{(\w+)\}/g,
    (i, a) => Object.prototype.hasOwnProperty.call(t, a) ? t[a] : i
  );
}
function x(e, t, i, a) {
  const n = vi(e);
  return {
    code: e,
    severity: a ?? n.severity,
    claim: i.claim?.number ?? null,
    blockKey: i.claim?.blockKey ?? null,
    citation: i.citation ?? null,
    message: $i(n.message, t)
  };
}
function $e(e, t) {
  const i = [], a = { claim: _i(e) };
  e.statement === "" && i.push(x("CK0304", a, { claim: e })), e.citations.length === 0 && i.push(x("CK0301", a, { claim: e }));
  for (const n of e.citations) {
    const s = n.isDocument ? Ki(t, n.key) : void 0;
    if (!s)
      i.push(x("CK0302", { ...a, citation: n.key }, { claim: e, citation: n.key }));
    else if (s.state !== "published") {
      const o = s.title || n.key;
      i.push(x("CK0303", { ...a, citation: o }, { claim: e, citation: n.key }));
    }
  }
  return (e.claimType === "" || e.evidenceStrength === "") && i.push(x("CK0306", a, { claim: e })), yi.has(e.evidenceStrength) && e.qualifier === "" && i.push(x("CK0305", a, { claim: e })), i;
}
function Ci(e, t) {
  const i = I(t);
  if (i === "") return [];
  const a = [];
  return e.some((n) => n.safetySection !== null) || a.push(x("CK0320", { treatment: i }, {})), e.some((n) => n.claimType === C.regulatoryClaimType) || a.push(x("CK0321", { treatment: i }, {})), a;
}
function zi(e, t, i, a = {}) {
  const n = [], s = me(t?.nextReviewDue), o = me(i);
  s !== "" && o !== "" && s < o && n.push(x("CK0310", { due: s }, {}, a.reviewOverdueIsError ? "error" : void 0));
  const l = I(t?.reviewedBy), d = I(t?.lastReviewed);
  return e > 0 && (l === "" || d === "") && n.push(x("CK0311", {}, {})), n;
}
function Ti(e) {
  const t = Pe(e.body), i = t.flatMap((a) => $e(a, e.citations));
  return i.push(...Ci(t, e.treatment)), i.push(...zi(t.length, e.review, e.today, e.options)), { claims: t, findings: i };
}
function xi(e) {
  return [...new Set(e.flatMap((t) => t.citations.filter((i) => i.isDocument).map((i) => i.key)))];
}
function Ki(e, t) {
  return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
}
function Ce(e) {
  const t = /* @__PURE__ */ new Map();
  for (const i of e)
    for (const a of i.citations)
      t.has(a.key) || t.set(a.key, t.size + 1);
  return t;
}
function ct(e, t, i) {
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
function Ai(e, t, i) {
  const a = Ce(e);
  return e.map((n) => ({
    number: n.number,
    blockKey: n.blockKey,
    statement: n.statement,
    qualifier: n.qualifier,
    claimType: n.claimType,
    evidenceStrength: n.evidenceStrength,
    citations: n.citations.map((s) => ct(s, a.get(s.key) ?? 0, i)),
    findings: t.filter((s) => s.claim === n.number)
  }));
}
function Ei(e) {
  const { claims: t, findings: i } = Ti({
    body: e.body,
    citations: e.details,
    review: e.review,
    treatment: e.treatment,
    today: e.today,
    options: e.options
  });
  return {
    claims: Ai(t, i, e.details),
    articleFindings: i.filter((a) => a.claim === null),
    findings: i,
    errors: i.filter((a) => a.severity === "error").length,
    warnings: i.filter((a) => a.severity === "warning").length
  };
}
function Si(e) {
  return xi(Pe(e));
}
const Pi = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, Oi = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;
function w(e, t) {
  return e ? (e.find((a) => a.alias === t && a.culture == null && a.segment == null) ?? e.find((a) => a.alias === t))?.value : void 0;
}
function Fe(e) {
  if (!Pi.test(e)) return;
  const t = e.replace(/-/g, "").toLowerCase();
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
}
function ut(e) {
  const t = [], i = (a) => {
    const n = a.trim(), s = Oi.exec(n), o = s ? s[1] === "document" ? Fe(s[2]) : void 0 : Fe(n);
    o && t.push(o);
  };
  if (typeof e == "string") e.split(",").forEach(i);
  else if (Array.isArray(e))
    for (const a of e)
      typeof a == "string" ? i(a) : v(a) && typeof a.unique == "string" && (a.type === void 0 || a.type === "document") && i(a.unique);
  return t;
}
function dt(e) {
  return !Array.isArray(e) || e.length === 0 || !e.every((t) => v(t) && typeof t.unique == "string") ? e : e.map((t) => {
    const i = t;
    return `umb://${typeof i.type == "string" && i.type !== "" ? i.type : "document"}/${i.unique.replace(/-/g, "").toLowerCase()}`;
  });
}
function Oe(e) {
  return !v(e) || !Array.isArray(e.contentData) ? e : {
    ...e,
    contentData: e.contentData.map(
      (t) => v(t) && Array.isArray(t.values) ? {
        ...t,
        values: t.values.map(
          (i) => v(i) ? { ...i, value: Oe(dt(i.value)) } : i
        )
      } : t
    )
  };
}
function je(e) {
  return typeof e == "string" ? e.trim() : v(e) && typeof e.date == "string" ? e.date.trim() : "";
}
function $(e) {
  return typeof e == "string" ? e.trim() : typeof e == "number" ? String(e) : "";
}
function ht(e = /* @__PURE__ */ new Date()) {
  const t = (i) => String(i).padStart(2, "0");
  return `${e.getFullYear()}-${t(e.getMonth() + 1)}-${t(e.getDate())}`;
}
function Li(e) {
  return {
    reviewedBy: $(w(e, h.reviewedBy)),
    lastReviewed: je(w(e, h.lastReviewed)),
    nextReviewDue: je(w(e, h.nextReviewDue))
  };
}
function Di(e) {
  return Oe(w(e, h.body));
}
async function pt(e, t, i, a) {
  const n = Di(e), s = Li(e), o = Si(n), l = o.length ? await t.citations(o) : {}, d = $(w(e, h.treatment));
  return { audit: Ei({ body: n, details: l, review: s, treatment: d, today: i, options: a }), review: s };
}
async function re(e, t) {
  if (t) return t;
  const { UmbracoContentSource: i } = await Promise.resolve().then(() => fa);
  return i.for(e);
}
var Bi = Object.defineProperty, Ni = Object.getOwnPropertyDescriptor, mt = (e) => {
  throw TypeError(e);
}, K = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ni(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && Bi(t, i, n), n;
}, Le = (e, t, i) => t.has(e) || mt("Cannot " + i), M = (e, t, i) => (Le(e, t, "read from private field"), t.get(e)), ce = (e, t, i) => t.has(e) ? mt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), De = (e, t, i, a) => (Le(e, t, "write to private field"), t.set(e, i), i), ze = (e, t, i) => (Le(e, t, "access private method"), i), Ri = (e, t, i, a) => ({
  set _(n) {
    De(e, t, n);
  },
  get _() {
    return M(e, t);
  }
}), X, oe, fe, ie, ft, yt, bt;
let y = class extends B {
  constructor() {
    super(), ce(this, ie), this._noArticlePicked = !1, this._loading = !0, this._failed = !1, ce(this, X, 0), ce(this, oe), ce(this, fe), this.consumeContext(Pt, (e) => {
      e && (De(this, fe, e), this.observe(
        He([e.contentTypeUnique, e.values]),
        ([t, i]) => ze(this, ie, ft).call(this, t, i ?? []),
        "clinickitObserveDocument"
      ));
    });
  }
  disconnectedCallback() {
    super.disconnectedCallback(), clearTimeout(M(this, oe));
  }
  render() {
    return this._failed ? r`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : this._noArticlePicked ? r`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>` : this._audit ? r`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.review=${this._review}
			.headline=${this._library ? this.localize.term("clinickit_claimsInLibraryArticle", this._library.name) : void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${ze(this, ie, bt)}></clinickit-claims-table>` : r`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`;
  }
};
X = /* @__PURE__ */ new WeakMap();
oe = /* @__PURE__ */ new WeakMap();
fe = /* @__PURE__ */ new WeakMap();
ie = /* @__PURE__ */ new WeakSet();
ft = function(e, t) {
  clearTimeout(M(this, oe)), De(this, oe, setTimeout(() => {
    ze(this, ie, yt).call(this, e, t);
  }, this._audit ? 250 : 0));
};
yt = async function(e, t) {
  const i = ++Ri(this, X)._;
  this._loading = !0;
  try {
    const a = await re(this, this.source), n = this.today ?? ht();
    let s = t, o, l = !1;
    if (e === U.clinicArticle.key) {
      const [j] = ut(w(t, h.article)), f = j ? await a.document(j) : void 0;
      s = f?.values, o = f ? { key: f.key, name: f.name } : void 0, l = !f;
    }
    const { audit: d, review: p } = await pt(s ?? [], a, n);
    if (i !== M(this, X)) return;
    this._audit = d, this._review = p, this._library = o, this._noArticlePicked = l, this._failed = !1;
  } catch (a) {
    if (i !== M(this, X)) return;
    console.error("ClinicKit: could not audit the claims of this document.", a), this._failed = !0;
  } finally {
    i === M(this, X) && (this._loading = !1);
  }
};
bt = async function(e) {
  if (Jt(e.detail.blockKey), this._library) {
    const i = await re(this, this.source);
    ve(i.editPath(this._library.key));
    return;
  }
  const t = ti(window.location.pathname, this.manifest?.meta.pathname ?? Ee);
  if (t) ve(t);
  else {
    const i = M(this, fe)?.getUnique?.();
    i && ve((await re(this, this.source)).editPath(i));
  }
};
y.styles = [
  J,
  P`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
K([
  c({ attribute: !1 })
], y.prototype, "manifest", 2);
K([
  c({ attribute: !1 })
], y.prototype, "source", 2);
K([
  c()
], y.prototype, "today", 2);
K([
  b()
], y.prototype, "_audit", 2);
K([
  b()
], y.prototype, "_review", 2);
K([
  b()
], y.prototype, "_library", 2);
K([
  b()
], y.prototype, "_noArticlePicked", 2);
K([
  b()
], y.prototype, "_loading", 2);
K([
  b()
], y.prototype, "_failed", 2);
y = K([
  D("clinickit-claims-workspace-view")
], y);
const Mi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CLAIMS_VIEW_PATHNAME: Ee,
  get ClinicKitClaimsWorkspaceViewElement() {
    return y;
  },
  get element() {
    return y;
  }
}, Symbol.toStringTag, { value: "Module" }));
var qi = Object.defineProperty, Ui = Object.getOwnPropertyDescriptor, A = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Ui(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && qi(t, i, n), n;
};
let k = class extends B {
  constructor() {
    super(...arguments), this.number = 0, this.statement = "", this.qualifier = "", this.claimType = "", this.evidenceStrength = "", this.citations = [], this.findings = [], this.highlighted = !1;
  }
  render() {
    const e = this.findings.filter((n) => n.severity === "error").length, t = this.number ? this.localize.term("clinickit_claimNumber", this.number) : this.localize.term("clinickit_columnClaim"), i = r`
			<div class="head">
				<span class="badge">${t}</span>
				${this.claimType ? r`<uui-tag look="secondary">${this.claimType}</uui-tag>` : u}
				${this.evidenceStrength ? r`<span class="evidence">${this.evidenceStrength}</span>` : u}
				${this.findings.length ? r`<uui-tag class="problems" color=${e ? "danger" : "warning"}
							>${this.localize.term("clinickit_problemCount", this.findings.length)}</uui-tag
						>` : u}
			</div>
			<p class="statement">
				${this.statement || r`<em class="muted">—</em>`}${this.citations.length ? r`<sup class="refs">[${this.citations.map((n) => n.number).join(", ")}]</sup>` : u}
			</p>
			${this.qualifier ? r`<p class="qualifier">${this.qualifier}</p>` : u}
			${this.citations.length ? r`<ol class="sources" aria-label=${this.localize.term("clinickit_citationsLabel")}>
						${this.citations.map((n) => {
      const s = Ye(n.state);
      return r`<li class=${n.state} data-key=${n.key}>
								<span class="ref-number">${n.number}</span>
								<span>${n.state === "missing" ? this.localize.term("clinickit_deletedCitation") : n.title}${n.source ? r`<span class="source-line"> — ${n.source}</span>` : u}</span>
								${s ? r`<uui-tag color="danger" look="secondary">${this.localize.term(s)}</uui-tag>` : u}
							</li>`;
    })}
					</ol>` : r`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_noSources")}
					</p>`}
		`, a = `card ${e ? "error" : this.findings.length ? "warning" : "ok"}`;
    return this.href ? r`<a class=${a} href=${this.href}>${i}</a>` : r`<div class=${a} role="group" aria-label=${t}>${i}</div>`;
  }
};
k.styles = [
  J,
  be,
  P`
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
A([
  c({ type: Number })
], k.prototype, "number", 2);
A([
  c()
], k.prototype, "statement", 2);
A([
  c()
], k.prototype, "qualifier", 2);
A([
  c({ attribute: "claim-type" })
], k.prototype, "claimType", 2);
A([
  c({ attribute: "evidence-strength" })
], k.prototype, "evidenceStrength", 2);
A([
  c({ attribute: !1 })
], k.prototype, "citations", 2);
A([
  c({ attribute: !1 })
], k.prototype, "findings", 2);
A([
  c()
], k.prototype, "href", 2);
A([
  c({ type: Boolean, reflect: !0 })
], k.prototype, "highlighted", 2);
k = A([
  D("clinickit-claim-preview")
], k);
var Ii = Object.defineProperty, Vi = Object.getOwnPropertyDescriptor, gt = (e) => {
  throw TypeError(e);
}, T = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Vi(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && Ii(t, i, n), n;
}, Be = (e, t, i) => t.has(e) || gt("Cannot " + i), Z = (e, t, i) => (Be(e, t, "read from private field"), i ? i.call(e) : t.get(e)), ke = (e, t, i) => t.has(e) ? gt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), vt = (e, t, i, a) => (Be(e, t, "write to private field"), t.set(e, i), i), G = (e, t, i) => (Be(e, t, "access private method"), i), he, ae, _, ye, Ne, Te, kt, _t;
const ee = pi.claimBlock.properties;
let m = class extends B {
  constructor() {
    super(), ke(this, _), this._details = {}, this._highlighted = !1, this._lookedUp = "", ke(this, he), ke(this, ae, ""), this.consumeContext(Rt, (e) => {
      e && this.observe(
        He([e.layouts, e.contents]),
        ([t, i]) => {
          this._claims = Pe(
            Oe({ contentData: i, layout: { [rt]: t } })
          );
        },
        "clinickitObserveBlocks"
      );
    });
  }
  connectedCallback() {
    super.connectedCallback(), vt(this, he, ei(() => G(this, _, Te).call(this)));
  }
  disconnectedCallback() {
    var e;
    super.disconnectedCallback(), (e = Z(this, he)) == null || e.call(this);
  }
  updated() {
    G(this, _, Te).call(this), G(this, _, kt).call(this);
  }
  render() {
    const e = G(this, _, Ne).call(this), t = this._claims ? Ce(this._claims) : Ce([e]), i = e.citations.map((s) => ct(s, t.get(s.key) ?? 0, this._details)), a = e.citations.filter((s) => s.isDocument).map((s) => s.key).join(","), n = this._lookedUp === a ? $e(e, this._details) : $e(e, G(this, _, _t).call(this, e));
    return r`<clinickit-claim-preview
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
Ne = function() {
  const e = Z(this, _, ye)?.toLowerCase(), t = this._claims?.find((a) => a.blockKey.toLowerCase() === e);
  if (t) return t;
  const i = this.content ?? {};
  return {
    number: 0,
    blockKey: Z(this, _, ye) ?? "",
    statement: I(i[ee.statement]),
    citations: lt(dt(i[ee.citations])),
    claimType: se(i[ee.claimType]),
    evidenceStrength: se(i[ee.evidenceStrength]),
    qualifier: I(i[ee.qualifier]),
    safetySection: null
  };
};
Te = function() {
  const e = Z(this, _, ye);
  !e || !Qt(e) || (this._highlighted = !0, this.scrollIntoView({ behavior: "smooth", block: "center" }), setTimeout(() => this._highlighted = !1, 4e3));
};
kt = async function() {
  const e = G(this, _, Ne).call(this).citations.filter((i) => i.isDocument).map((i) => i.key), t = e.join(",");
  if (t !== Z(this, ae)) {
    if (vt(this, ae, t), !e.length) {
      this._lookedUp = t;
      return;
    }
    try {
      const a = await (await re(this, this.source)).citations(e);
      if (Z(this, ae) !== t) return;
      this._details = a, this._lookedUp = t;
    } catch (i) {
      console.error("ClinicKit: could not look up the citations of a claim block.", i);
    }
  }
};
_t = function(e) {
  const t = { ...this._details };
  for (const i of e.citations)
    i.isDocument && !(i.key in t) && (t[i.key] = { key: i.key, title: i.key, state: "published" });
  return t;
};
m.styles = P`
		:host {
			display: block;
		}
	`;
T([
  c({ attribute: !1 })
], m.prototype, "manifest", 2);
T([
  c({ attribute: !1 })
], m.prototype, "content", 2);
T([
  c({ attribute: !1 })
], m.prototype, "config", 2);
T([
  c({ attribute: !1 })
], m.prototype, "contentKey", 2);
T([
  c({ attribute: !1 })
], m.prototype, "layout", 2);
T([
  c({ attribute: !1 })
], m.prototype, "source", 2);
T([
  b()
], m.prototype, "_claims", 2);
T([
  b()
], m.prototype, "_details", 2);
T([
  b()
], m.prototype, "_highlighted", 2);
T([
  b()
], m.prototype, "_lookedUp", 2);
m = T([
  D("clinickit-claim-block-view")
], m);
const Wi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClaimBlockViewElement() {
    return m;
  },
  get element() {
    return m;
  }
}, Symbol.toStringTag, { value: "Module" }));
function wt(e) {
  const t = [], i = new RegExp(Mt.source, "g");
  let a = 0;
  for (let n = i.exec(e); n !== null; n = i.exec(e))
    n.index > a && t.push({ text: e.slice(a, n.index), token: !1 }), t.push({ text: n[0], token: !0 }), a = n.index + n[0].length;
  return a < e.length && t.push({ text: e.slice(a), token: !1 }), t;
}
var Fi = Object.defineProperty, ji = Object.getOwnPropertyDescriptor, $t = (e) => {
  throw TypeError(e);
}, W = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? ji(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && Fi(t, i, n), n;
}, Hi = (e, t, i) => t.has(e) || $t("Cannot " + i), Gi = (e, t, i) => t.has(e) ? $t("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ue = (e, t, i) => (Hi(e, t, "access private method"), i), Y, te;
let S = class extends B {
  constructor() {
    super(...arguments), Gi(this, Y), this.heading = "", this.body = "", this.buttonLabel = "", this.linkText = "", this.ctaStyle = "Primary";
  }
  render() {
    const e = this.ctaStyle.toLowerCase() === "subtle", t = [this.heading, this.body, this.buttonLabel].some((n) => wt(n).some((s) => s.token)), i = r`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? r`<p class="heading">${ue(this, Y, te).call(this, this.heading)}</p>` : u}
			${this.body ? r`<p class="body">${ue(this, Y, te).call(this, this.body)}</p>` : u}
			<div class="action">
				${this.buttonLabel ? r`<span class="button">${ue(this, Y, te).call(this, this.buttonLabel)}</span>` : u}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText ? r`${this.localize.term("clinickit_ctaLinksTo")} ${ue(this, Y, te).call(this, this.linkText)}` : this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${t ? r`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>` : u}
		`, a = `card ${e ? "subtle" : "primary"}`;
    return this.href ? r`<a class=${a} href=${this.href}>${i}</a>` : r`<div class=${a} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${i}</div>`;
  }
};
Y = /* @__PURE__ */ new WeakSet();
te = function(e) {
  return wt(e).map(
    (t) => t.token ? r`<span class="token" title=${this.localize.term("clinickit_ctaToken", t.text)}>${t.text}</span>` : t.text
  );
};
S.styles = [
  J,
  be,
  P`
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
], S.prototype, "heading", 2);
W([
  c()
], S.prototype, "body", 2);
W([
  c({ attribute: "button-label" })
], S.prototype, "buttonLabel", 2);
W([
  c({ attribute: "link-text" })
], S.prototype, "linkText", 2);
W([
  c({ attribute: "cta-style" })
], S.prototype, "ctaStyle", 2);
W([
  c()
], S.prototype, "href", 2);
S = W([
  D("clinickit-cta-preview")
], S);
var Yi = Object.defineProperty, Xi = Object.getOwnPropertyDescriptor, ge = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? Xi(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && Yi(t, i, n), n;
};
function Ct(e) {
  const t = Array.isArray(e) ? e[0] : e;
  return v(t) ? $(t.url) || $(t.name) : "";
}
let L = class extends B {
  render() {
    const e = this.content ?? {};
    return r`<clinickit-cta-preview
			.heading=${$(e[h.heading])}
			.body=${$(e[h.body])}
			.buttonLabel=${$(e[h.buttonLabel])}
			.linkText=${Ct(e[h.link])}
			.ctaStyle=${se(e[h.style]) || "Primary"}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : void 0}></clinickit-cta-preview>`;
  }
};
L.styles = P`
		:host {
			display: block;
		}
	`;
ge([
  c({ attribute: !1 })
], L.prototype, "manifest", 2);
ge([
  c({ attribute: !1 })
], L.prototype, "content", 2);
ge([
  c({ attribute: !1 })
], L.prototype, "config", 2);
L = ge([
  D("clinickit-cta-block-view")
], L);
const Zi = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitCtaBlockViewElement() {
    return L;
  },
  get element() {
    return L;
  },
  linkText: Ct
}, Symbol.toStringTag, { value: "Module" }));
function Ji(e, t, i) {
  const a = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const l of o.pages) {
      if (!l.articleKey) continue;
      const d = a.get(l.articleKey) ?? /* @__PURE__ */ new Set();
      d.add(o.key), a.set(l.articleKey, d);
    }
  const n = new Map(e.map((o) => [o.key, o.name])), s = me(i);
  return e.map((o) => ({
    key: o.key,
    name: o.name,
    href: o.href,
    articles: o.pages.map((l) => {
      const d = l.articleKey ? t.get(l.articleKey) : void 0, p = me(d?.nextReviewDue), j = l.articleKey ? [...a.get(l.articleKey) ?? []].filter((f) => f !== o.key) : [];
      return {
        pageKey: l.key,
        pageName: l.name,
        pageHref: l.href,
        article: d,
        articleMissing: !!l.articleKey && (!d || d.available === !1),
        overdue: p !== "" && s !== "" && p < s,
        alsoUsedBy: j.map((f) => n.get(f) ?? f).sort((f, St) => f.localeCompare(St))
      };
    })
  }));
}
function Qi(e) {
  return new Set(e.flatMap((t) => t.articles.map((i) => i.article?.key).filter(Boolean))).size;
}
async function ea(e, t) {
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
            const j = await e.document(p.key), [f] = ut(w(j?.values, h.article));
            return { key: p.key, name: p.name, href: e.editPath(p.key), articleKey: f };
          })
        )
      };
    })
  ), n = [...new Set(a.flatMap((l) => l.pages.map((d) => d.articleKey).filter((d) => !!d)))], s = await Promise.all(n.map((l) => ta(e, l, t))), o = /* @__PURE__ */ new Map();
  for (const l of s) l && o.set(l.key, l);
  return Ji(a, o, t);
}
async function ta(e, t, i) {
  const a = await e.document(t);
  if (!a) return;
  const { audit: n, review: s } = await pt(a.values, e, i);
  return {
    key: t,
    name: a.name,
    href: e.editPath(t),
    ...s,
    errors: n.errors,
    warnings: n.warnings,
    available: !a.isTrashed
  };
}
var ia = Object.defineProperty, aa = Object.getOwnPropertyDescriptor, zt = (e) => {
  throw TypeError(e);
}, Re = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? aa(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && ia(t, i, n), n;
}, na = (e, t, i) => t.has(e) || zt("Cannot " + i), sa = (e, t, i) => t.has(e) ? zt("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ne = (e, t, i) => (na(e, t, "access private method"), i), q, xe, Tt, xt, Kt;
let le = class extends B {
  constructor() {
    super(...arguments), sa(this, q), this.clinics = [], this.loading = !1;
  }
  render() {
    return this.loading ? r`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>` : r`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length ? r`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary", this.clinics.length, Qi(this.clinics))}
						</p>
						${Ae(
      this.clinics,
      (e) => e.key,
      (e) => ne(this, q, Tt).call(this, e)
    )}` : r`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`;
  }
};
q = /* @__PURE__ */ new WeakSet();
xe = function(e) {
  const t = e ? Ze(e) : void 0;
  return t ? this.localize.date(t, { dateStyle: "medium", timeZone: "UTC" }) : r`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`;
};
Tt = function(e) {
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
							${Ae(
    e.articles,
    (t) => t.pageKey,
    (t) => ne(this, q, xt).call(this, t)
  )}
						</uui-table>`}
			</uui-box>
		`;
};
xt = function(e) {
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
				<uui-table-cell class="date">${t ? ne(this, q, xe).call(this, t.lastReviewed) : u}</uui-table-cell>
				<uui-table-cell class="date">
					${t ? ne(this, q, xe).call(this, t.nextReviewDue) : u}
					${e.overdue ? r`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>` : u}
				</uui-table-cell>
				<uui-table-cell class="audit">${t ? ne(this, q, Kt).call(this, t) : u}</uui-table-cell>
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
Kt = function(e) {
  return !e.errors && !e.warnings ? r`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>` : r`${e.errors ? r`<uui-tag color="danger">${this.localize.term("clinickit_errorCount", e.errors)}</uui-tag>` : u}
		${e.warnings ? r`<uui-tag color="warning">${this.localize.term("clinickit_warningCount", e.warnings)}</uui-tag>` : u}`;
};
le.styles = [
  J,
  be,
  P`
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
Re([
  c({ attribute: !1 })
], le.prototype, "clinics", 2);
Re([
  c({ type: Boolean })
], le.prototype, "loading", 2);
le = Re([
  D("clinickit-clinics-table")
], le);
var ra = Object.defineProperty, oa = Object.getOwnPropertyDescriptor, At = (e) => {
  throw TypeError(e);
}, F = (e, t, i, a) => {
  for (var n = a > 1 ? void 0 : a ? oa(t, i) : t, s = e.length - 1, o; s >= 0; s--)
    (o = e[s]) && (n = (a ? o(t, i, n) : o(n)) || n);
  return a && n && ra(t, i, n), n;
}, la = (e, t, i) => t.has(e) || At("Cannot " + i), ca = (e, t, i) => t.has(e) ? At("Cannot add the same private member more than once") : t instanceof WeakSet ? t.add(e) : t.set(e, i), ua = (e, t, i) => (la(e, t, "access private method"), i), Ke, Et;
let z = class extends B {
  constructor() {
    super(...arguments), ca(this, Ke), this._clinics = [], this._loading = !0, this._failed = !1;
  }
  connectedCallback() {
    super.connectedCallback(), ua(this, Ke, Et).call(this);
  }
  render() {
    return this._failed ? r`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>` : r`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
  }
};
Ke = /* @__PURE__ */ new WeakSet();
Et = async function() {
  this._loading = !0;
  try {
    const e = await re(this, this.source);
    this._clinics = await ea(e, this.today ?? ht()), this._failed = !1;
  } catch (e) {
    console.error("ClinicKit: could not load the clinics.", e), this._failed = !0;
  } finally {
    this._loading = !1;
  }
};
z.styles = [
  J,
  P`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`
];
F([
  c({ attribute: !1 })
], z.prototype, "manifest", 2);
F([
  c({ attribute: !1 })
], z.prototype, "source", 2);
F([
  c()
], z.prototype, "today", 2);
F([
  b()
], z.prototype, "_clinics", 2);
F([
  b()
], z.prototype, "_loading", 2);
F([
  b()
], z.prototype, "_failed", 2);
z = F([
  D("clinickit-clinics-dashboard")
], z);
const da = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  get ClinicKitClinicsDashboardElement() {
    return z;
  },
  get element() {
    return z;
  }
}, Symbol.toStringTag, { value: "Module" })), de = 100, ha = 3e4, _e = /* @__PURE__ */ new Map();
class Me {
  #t;
  #i;
  #e;
  constructor(t) {
    this.#t = new Ot(t), this.#i = new Lt(t), this.#e = new Dt(t);
  }
  static for(t) {
    return new Me(t);
  }
  editPath(t) {
    return Bt.generateAbsolute({ unique: t });
  }
  async citations(t) {
    const i = Date.now(), a = [...new Set(t)], n = a.filter((o) => {
      const l = _e.get(o);
      return !l || i - l.at > ha;
    });
    if (n.length) {
      const o = this.#n(n);
      for (const l of n) _e.set(l, { at: i, value: o.then((d) => d[l]) });
    }
    const s = {};
    for (const o of a) {
      const l = await _e.get(o)?.value;
      l && (s[o] = l);
    }
    return s;
  }
  async #n(t) {
    const { data: i } = await this.#t.requestItems(t), a = i ?? [], n = {};
    return await Promise.all(
      a.map(async (s) => {
        const l = (await this.document(s.unique))?.values ?? [], d = $(w(l, h.title)) || pa(s), p = [
          $(w(l, h.authors)),
          $(w(l, h.publication)),
          $(w(l, h.year))
        ].filter(Boolean).join(" · ");
        n[s.unique] = {
          key: s.unique,
          title: d,
          state: ma(s),
          source: p,
          href: s.isTrashed ? void 0 : this.editPath(s.unique)
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
        parent: { unique: t, entityType: Nt },
        paging: { skip: i, take: de }
      })
    );
  }
  async #a(t) {
    const i = [];
    for (let a = 0; ; a += de) {
      const { data: n } = await t(a);
      if (!n || (i.push(
        ...n.items.map((s) => ({
          key: s.unique,
          name: s.variants.find((o) => o.culture === null)?.name ?? s.variants[0]?.name ?? "",
          documentTypeKey: s.documentType.unique,
          isTrashed: s.isTrashed
        }))
      ), n.items.length < de || i.length >= n.total)) break;
    }
    return i;
  }
}
function pa(e) {
  return e.variants.find((t) => t.culture === null)?.name ?? e.variants[0]?.name ?? e.unique;
}
function ma(e) {
  return e.isTrashed ? "trashed" : e.variants.some(
    (i) => i.state === qe.PUBLISHED || i.state === qe.PUBLISHED_PENDING_CHANGES
  ) ? "published" : "unpublished";
}
const fa = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  UmbracoContentSource: Me
}, Symbol.toStringTag, { value: "Module" }));
export {
  $a as manifests
};
