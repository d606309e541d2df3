import { css, customElement, html, nothing, property, repeat } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { Finding } from '../claims/types.js';
import type { CitationView, ClaimView, StatementView } from '../claims/view-model.js';
import { dateForDisplay, findingList, severityColor, sharedStyles, stateTermKey, type FindingContext } from './shared.js';

export interface ReviewView {
	reviewedBy: string;
	/** The reviewer is demo data (a placeholder), so the content is not ready to publish (CK0421). */
	reviewerIsDemo?: boolean;
	lastReviewed: string;
	nextReviewDue: string;
}

export interface GoToBlockDetail {
	blockKey: string;
	/** The claim's number, or null for a text block. */
	claim: number | null;
}

export interface MakeClaimDetail {
	blockKey: string;
	sentence: string;
	claimType: string;
}

/**
 * The Claims tab's content: every claim of an article with its numbered sources, evidence and what needs fixing.
 * Takes plain data; `clinickit-claims-workspace-view` feeds it from the document workspace.
 * @fires clinickit-go-to-block - detail {@link GoToBlockDetail}, when the marketer asks for a claim's (or text's) block.
 * @fires clinickit-make-claim - detail {@link MakeClaimDetail}, when the marketer turns a sentence of plain text into a claim.
 */
@customElement('clinickit-claims-table')
export class ClinicKitClaimsTableElement extends UmbLitElement {
	@property({ attribute: false }) claims: ClaimView[] = [];
	@property({ attribute: false }) articleFindings: Finding[] = [];
	@property({ attribute: false }) statements: StatementView[] = [];
	@property({ attribute: false }) review?: ReviewView;
	/** The headline of the claims box; defaults to "Claims in this article". */
	@property() headline?: string;
	/** When set, the action opens the library article instead of the block in this document. */
	@property({ type: Boolean, attribute: 'in-library' }) inLibrary = false;
	@property({ type: Boolean }) loading = false;

	#goTo(blockKey: string, claim: number | null) {
		this.dispatchEvent(
			new CustomEvent<GoToBlockDetail>('clinickit-go-to-block', {
				detail: { blockKey, claim },
				bubbles: true,
				composed: true,
			}),
		);
	}

	#makeClaim(statement: StatementView) {
		this.dispatchEvent(
			new CustomEvent<MakeClaimDetail>('clinickit-make-claim', {
				detail: { blockKey: statement.blockKey, sentence: statement.sentence, claimType: statement.kind.claimType },
				bubbles: true,
				composed: true,
			}),
		);
	}

	get #findingContext(): FindingContext {
		const titles = new Map(this.claims.flatMap((c) => c.citations.map((x) => [x.key, x.title] as const)));
		return {
			term: (key, ...args) => this.localize.term(key, ...args),
			date: (text) => this.#formatDate(text),
			citationTitle: (key) => titles.get(key) ?? key,
		};
	}

	#formatDate(text: string) {
		const d = dateForDisplay(text);
		return d ? this.localize.date(d, { dateStyle: 'medium', timeZone: 'UTC' }) : text;
	}

	override render() {
		const findings = [...this.claims.flatMap((c) => c.findings), ...this.articleFindings];
		const errors = findings.filter((f) => f.severity === 'error').length;
		const warnings = findings.length - errors + this.statements.length;
		const sources = new Set(this.claims.flatMap((c) => c.citations.map((x) => x.key))).size;
		return html`
			<uui-box headline=${this.localize.term('clinickit_claimsAudit')}>
				<div slot="header-actions" class="tags" id="status">
					${this.loading
						? html`<uui-loader-circle aria-label=${this.localize.term('clinickit_loading')}></uui-loader-circle>`
						: nothing}
					${errors ? html`<uui-tag color="danger">${this.localize.term('clinickit_errorCount', errors)}</uui-tag>` : nothing}
					${warnings
						? html`<uui-tag color="warning">${this.localize.term('clinickit_warningCount', warnings)}</uui-tag>`
						: nothing}
					${!errors && !warnings && !this.loading
						? html`<uui-tag color="positive">${this.localize.term('clinickit_noProblems')}</uui-tag>`
						: nothing}
				</div>
				<p class="summary">
					${this.localize.term('clinickit_claimCount', this.claims.length)} ·
					${this.localize.term('clinickit_citationCount', sources)}
				</p>
				${this.#renderReview()} ${findingList(this.articleFindings, this.#findingContext)}
			</uui-box>
			<uui-box headline=${this.headline ?? this.localize.term('clinickit_claimsInArticle')}>
				${this.claims.length === 0 ? html`<p class="muted">${this.localize.term('clinickit_noClaims')}</p>` : this.#renderTable()}
			</uui-box>
			${this.#renderStatements()}
		`;
	}

	/** Sentences of text blocks that make a medical claim (CK0322): each belongs in a claim block with a source. */
	#renderStatements() {
		if (this.statements.length === 0) return nothing;
		return html`<uui-box headline=${this.localize.term('clinickit_plainTextStatements')} id="plain-text">
			<p class="muted">${this.localize.term('clinickit_plainTextIntro')}</p>
			<ul class="statements">
				${this.statements.map(
					(s) =>
						html`<li class="statement-row" data-block-key=${s.blockKey} data-code=${'CK0322'}>
							<blockquote class="sentence">${s.sentence}</blockquote>
							<span class="muted">${this.localize.term('clinickit_plainTextWhere', s.block, s.kind.label)}</span>
							<span class="actions">
								${this.inLibrary
									? nothing
									: html`<uui-button
											look="primary"
											compact
											?disabled=${!s.canMakeClaim}
											title=${s.canMakeClaim ? '' : this.localize.term('clinickit_makeClaimByHand')}
											label=${this.localize.term('clinickit_makeClaimLabel', s.sentence)}
											@click=${() => this.#makeClaim(s)}>
											${this.localize.term('clinickit_makeClaim')}
										</uui-button>`}
								<uui-button
									look="secondary"
									compact
									label=${this.inLibrary ? this.localize.term('clinickit_openInLibrary') : this.localize.term('clinickit_goToTextBlockLabel', s.block)}
									@click=${() => this.#goTo(s.blockKey, null)}>
									${this.inLibrary ? this.localize.term('clinickit_openInLibrary') : this.localize.term('clinickit_goToBlock')}
								</uui-button>
							</span>
						</li>`,
				)}
			</ul>
		</uui-box>`;
	}

	#renderReview() {
		const r = this.review;
		if (!r) return nothing;
		const reviewed =
			r.reviewedBy && r.lastReviewed
				? this.localize.term('clinickit_reviewedBy', r.reviewedBy, this.#formatDate(r.lastReviewed))
				: this.localize.term('clinickit_reviewNotRecorded');
		return html`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${reviewed}${r.reviewerIsDemo ? html` <strong class="demo-reviewer">${this.localize.term('clinickit_demoReviewer')}</strong>` : nothing}${r.nextReviewDue ? html` · ${this.localize.term('clinickit_nextReviewDue', this.#formatDate(r.nextReviewDue))}` : nothing}</span>
		</p>`;
	}

	#renderTable() {
		return html`
			<uui-table aria-label=${this.localize.term('clinickit_claimsInArticle')}>
				<uui-table-head>
					<uui-table-head-cell class="col-number">${this.localize.term('clinickit_columnNumber')}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term('clinickit_columnClaim')}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term('clinickit_columnSources')}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term('clinickit_columnEvidence')}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term('clinickit_columnProblems')}</uui-table-head-cell>
					<uui-table-head-cell class="col-actions"
						><span class="visually-hidden">${this.localize.term('clinickit_columnActions')}</span></uui-table-head-cell
					>
				</uui-table-head>
				${repeat(
					this.claims,
					(c) => c.blockKey,
					(c) => this.#renderRow(c),
				)}
			</uui-table>
		`;
	}

	#renderRow(claim: ClaimView) {
		const worst = claim.findings.some((f) => f.severity === 'error')
			? 'error'
			: claim.findings.length
				? 'warning'
				: 'ok';
		return html`
			<uui-table-row class="claim ${worst}" data-block-key=${claim.blockKey} data-claim=${claim.number}>
				<uui-table-cell class="col-number"><span class="number">${claim.number}</span></uui-table-cell>
				<uui-table-cell class="col-claim">
					<div class="statement">
						${claim.statement || html`<em class="muted">—</em>`}${claim.citations.length
							? html`<sup class="refs">[${claim.citations.map((c) => c.number).join(', ')}]</sup>`
							: nothing}
					</div>
					${claim.qualifier
						? html`<div class="qualifier"><strong>${this.localize.term('clinickit_qualifier')}:</strong> ${claim.qualifier}</div>`
						: nothing}
				</uui-table-cell>
				<uui-table-cell class="col-sources"
					><span class="cell-label" aria-hidden="true">${this.localize.term('clinickit_columnSources')}</span
					>${this.#renderSources(claim.citations)}</uui-table-cell
				>
				<uui-table-cell class="col-evidence">
					<span class="cell-label" aria-hidden="true">${this.localize.term('clinickit_columnEvidence')}</span>
					${claim.claimType ? html`<uui-tag look="secondary">${claim.claimType}</uui-tag>` : nothing}
					<div>${claim.evidenceStrength || html`<span class="muted">${this.localize.term('clinickit_noEvidence')}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					<span class="cell-label" aria-hidden="true">${this.localize.term('clinickit_columnProblems')}</span>
					${claim.findings.length
						? findingList(claim.findings, this.#findingContext)
						: html`<uui-tag color="positive" look="secondary">${this.localize.term('clinickit_noProblems')}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look="secondary"
						compact
						label=${this.inLibrary
							? this.localize.term('clinickit_openInLibraryLabel', claim.number)
							: this.localize.term('clinickit_goToBlockLabel', claim.number)}
						@click=${() => this.#goTo(claim.blockKey, claim.number)}>
						${this.inLibrary ? this.localize.term('clinickit_openInLibrary') : this.localize.term('clinickit_goToBlock')}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`;
	}

	#renderSources(citations: CitationView[]) {
		if (citations.length === 0) return html`<span class="muted">${this.localize.term('clinickit_noSources')}</span>`;
		return html`<ol class="sources">
			${citations.map((c) => {
				const stateKey = stateTermKey(c.state);
				return html`<li class="source ${c.state}" data-key=${c.key}>
					<span class="ref-number">${c.number}</span>
					<span class="source-text">
						${c.state === 'missing'
							? html`<span class="title">${this.localize.term('clinickit_deletedCitation')}</span>`
							: c.href
								? html`<a href=${c.href}>${c.title}</a>`
								: html`<span class="title">${c.title}</span>`}
						${c.source ? html`<span class="source-line">${c.source}</span>` : nothing}
						${stateKey
							? html`<uui-tag color=${c.state === 'missing' ? 'danger' : severityColor('error')} look="secondary"
									>${this.localize.term(stateKey)}</uui-tag
								>`
							: nothing}
					</span>
				</li>`;
			})}
		</ol>`;
	}

	static override styles = [
		UmbTextStyles,
		sharedStyles,
		css`
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
		`,
	];
}

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-claims-table': ClinicKitClaimsTableElement;
	}
}
