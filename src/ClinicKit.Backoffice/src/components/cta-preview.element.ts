import { css, customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import { sharedStyles } from './shared.js';
import { splitTokens } from './tokens.js';

/**
 * A CTA block as a clinic page shows it, with clinic tokens such as `{{clinic.name}}` shown as tokens
 * (each clinic fills them in). Takes plain data; `clinickit-cta-block-view` feeds it inside the block list.
 */
@customElement('clinickit-cta-preview')
export class ClinicKitCtaPreviewElement extends UmbLitElement {
	@property() heading = '';
	@property() body = '';
	@property({ attribute: 'button-label' }) buttonLabel = '';
	/** What the button links to, as text (a page name or URL); empty when no link is picked. */
	@property({ attribute: 'link-text' }) linkText = '';
	/** The CTA style: `Primary` or `Subtle`. */
	@property({ attribute: 'cta-style' }) ctaStyle = 'Primary';
	@property() href?: string;

	#text(text: string) {
		return splitTokens(text).map((p) =>
			p.token
				? html`<span class="token" title=${this.localize.term('clinickit_ctaToken', p.text)}>${p.text}</span>`
				: p.text,
		);
	}

	override render() {
		const subtle = this.ctaStyle.toLowerCase() === 'subtle';
		const hasTokens = [this.heading, this.body, this.buttonLabel].some((t) => splitTokens(t).some((p) => p.token));
		const content = html`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term('clinickit_ctaLabel')}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading ? html`<p class="heading">${this.#text(this.heading)}</p>` : nothing}
			${this.body ? html`<p class="body">${this.#text(this.body)}</p>` : nothing}
			<div class="action">
				${this.buttonLabel ? html`<span class="button">${this.#text(this.buttonLabel)}</span>` : nothing}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText
						? html`${this.localize.term('clinickit_ctaLinksTo')} ${this.#text(this.linkText)}`
						: this.localize.term('clinickit_ctaNoLink')}
				</span>
			</div>
			${hasTokens ? html`<p class="hint">${this.localize.term('clinickit_ctaTokensHint')}</p>` : nothing}
		`;
		const cls = `card ${subtle ? 'subtle' : 'primary'}`;
		return this.href
			? html`<a class=${cls} href=${this.href}>${content}</a>`
			: html`<div class=${cls} role="group" aria-label=${this.localize.term('clinickit_ctaLabel')}>${content}</div>`;
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
		`,
	];
}

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-cta-preview': ClinicKitCtaPreviewElement;
	}
}
