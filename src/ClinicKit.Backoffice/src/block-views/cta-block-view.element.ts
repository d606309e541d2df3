import type { UmbBlockDataType } from '@umbraco-cms/backoffice/block';
import type {
	ManifestBlockEditorCustomView,
	UmbBlockEditorCustomViewConfiguration,
	UmbBlockEditorCustomViewElement,
} from '@umbraco-cms/backoffice/block-custom-view';
import { css, customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { isRecord } from '../claims/block-value.js';
import { firstChoice } from '../claims/rules.js';
import '../components/cta-preview.element.js';
import { Props } from '../schema.js';
import { text } from '../umbraco/values.js';

/** What a link picker value points at, as text: its URL (which may be a clinic token), else the link's name. */
export function linkText(value: unknown): string {
	const first: unknown = Array.isArray(value) ? (value[0] as unknown) : value;
	if (!isRecord(first)) return '';
	return text(first.url) || text(first.name);
}

/** The CTA block's view in the article body: the call to action with clinic tokens shown as tokens. */
@customElement('clinickit-cta-block-view')
export class ClinicKitCtaBlockViewElement extends UmbLitElement implements UmbBlockEditorCustomViewElement {
	@property({ attribute: false }) manifest?: ManifestBlockEditorCustomView;
	@property({ attribute: false }) content?: UmbBlockDataType;
	@property({ attribute: false }) config?: UmbBlockEditorCustomViewConfiguration;

	override render() {
		const c = this.content ?? {};
		return html`<clinickit-cta-preview
			.heading=${text(c[Props.heading])}
			.body=${text(c[Props.body])}
			.buttonLabel=${text(c[Props.buttonLabel])}
			.linkText=${linkText(c[Props.link])}
			.ctaStyle=${firstChoice(c[Props.style]) || 'Primary'}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : undefined}></clinickit-cta-preview>`;
	}

	static override styles = css`
		:host {
			display: block;
		}
	`;
}

export { ClinicKitCtaBlockViewElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-cta-block-view': ClinicKitCtaBlockViewElement;
	}
}
