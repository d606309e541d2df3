import { css, customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { Finding } from '../claims/types.js';
import type { CitationView } from '../claims/view-model.js';
import { sharedStyles, stateTermKey } from './shared.js';

/**
 * A claim block as the article shows it: the statement with its reference numbers, the qualifier and the
 * numbered sources. Takes plain data; `clinickit-claim-block-view` feeds it inside the block list.
 */
@customElement('clinickit-claim-preview')
export class ClinicKitClaimPreviewElement extends UmbLitElement {
	/** The claim's number among claim blocks (0 when not known). */
	@property({ type: Number }) number = 0;
	@property() statement = '';
	@property() qualifier = '';
	@property({ attribute: 'claim-type' }) claimType = '';
	@property({ attribute: 'evidence-strength' }) evidenceStrength = '';
	@property({ attribute: false }) citations: CitationView[] = [];
	@property({ attribute: false }) findings: Finding[] = [];
	/** Where the block's editor opens (the block list's edit path); makes the preview a link. */
	@property() href?: string;
	/** Highlights the preview, e.g. after "Go to block" on the Claims tab. */
	@property({ type: Boolean, reflect: true }) highlighted = false;

	override render() {
		const errors = this.findings.filter((f) => f.severity === 'error').length;
		const label = this.number ? this.localize.term('clinickit_claimNumber', this.number) : this.localize.term('clinickit_columnClaim');
		const body = html`
			<div class="head">
				<span class="badge">${label}</span>
				${this.claimType ? html`<uui-tag look="secondary">${this.claimType}</uui-tag>` : nothing}
				${this.evidenceStrength ? html`<span class="evidence">${this.evidenceStrength}</span>` : nothing}
				${this.findings.length
					? html`<uui-tag class="problems" color=${errors ? 'danger' : 'warning'}
							>${this.localize.term('clinickit_problemCount', this.findings.length)}</uui-tag
						>`
					: nothing}
			</div>
			<p class="statement">
				${this.statement || html`<em class="muted">—</em>`}${this.citations.length
					? html`<sup class="refs">[${this.citations.map((c) => c.number).join(', ')}]</sup>`
					: nothing}
			</p>
			${this.qualifier ? html`<p class="qualifier">${this.qualifier}</p>` : nothing}
			${this.citations.length
				? html`<ol class="sources" aria-label=${this.localize.term('clinickit_citationsLabel')}>
						${this.citations.map((c) => {
							const stateKey = stateTermKey(c.state);
							return html`<li class=${c.state} data-key=${c.key}>
								<span class="ref-number">${c.number}</span>
								<span>${c.state === 'missing' ? this.localize.term('clinickit_deletedCitation') : c.title}${c.source ? html`<span class="source-line"> — ${c.source}</span>` : nothing}</span>
								${stateKey ? html`<uui-tag color="danger" look="secondary">${this.localize.term(stateKey)}</uui-tag>` : nothing}
							</li>`;
						})}
					</ol>`
				: html`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term('clinickit_noSources')}
					</p>`}
		`;
		const cls = `card ${errors ? 'error' : this.findings.length ? 'warning' : 'ok'}`;
		return this.href
			? html`<a class=${cls} href=${this.href}>${body}</a>`
			: html`<div class=${cls} role="group" aria-label=${label}>${body}</div>`;
	}

	static override styles = [
		UmbTextStyles,
		sharedStyles,
		css`
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
		`,
	];
}

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-claim-preview': ClinicKitClaimPreviewElement;
	}
}
