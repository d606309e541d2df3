import { UMB_BLOCK_MANAGER_CONTEXT, type UmbBlockDataType, type UmbBlockLayoutBaseModel } from '@umbraco-cms/backoffice/block';
import type {
	ManifestBlockEditorCustomView,
	UmbBlockEditorCustomViewConfiguration,
	UmbBlockEditorCustomViewElement,
} from '@umbraco-cms/backoffice/block-custom-view';
import { css, customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { observeMultiple } from '@umbraco-cms/backoffice/observable-api';
import { BLOCK_LIST_LAYOUT_ALIAS } from '../claims/block-value.js';
import { checkClaim, claimRules, cleanText, firstChoice, parseCitations, readClaims } from '../claims/rules.js';
import type { Claim } from '../claims/types.js';
import { citationView, referenceNumbers, type CitationDetails } from '../claims/view-model.js';
import '../components/claim-preview.element.js';
import { onBlockFocusRequest, takeBlockFocus } from '../focus.js';
import { resolveSource, type ContentSource } from '../umbraco/content-source.js';
import { toStoredBlockValue, toStoredPickerValue } from '../umbraco/values.js';

const P = claimRules.claimBlock.properties;

/**
 * The claim block's view in the article body: the claim, its number among the claims, and its sources numbered
 * as in the article's reference list. Reads the whole block list (for numbering) from the block manager.
 */
@customElement('clinickit-claim-block-view')
export class ClinicKitClaimBlockViewElement extends UmbLitElement implements UmbBlockEditorCustomViewElement {
	@property({ attribute: false }) manifest?: ManifestBlockEditorCustomView;
	@property({ attribute: false }) content?: UmbBlockDataType;
	@property({ attribute: false }) config?: UmbBlockEditorCustomViewConfiguration;
	@property({ attribute: false }) contentKey?: string;
	/** The block's layout entry; Umbraco 17.1's block list sets this but leaves `contentKey` undefined. */
	@property({ attribute: false }) layout?: UmbBlockLayoutBaseModel;
	@property({ attribute: false }) source?: ContentSource;

	/** All claims of this block list, in layout order (undefined outside a block manager). */
	@state() private _claims?: Claim[];
	@state() private _details: Record<string, CitationDetails> = {};
	@state() private _highlighted = false;
	/** The citation keys `_details` answers for (joined), once their lookup is done. */
	@state() private _lookedUp = '';

	#stopListening?: () => void;
	#lookupKey = '';

	constructor() {
		super();
		this.consumeContext(UMB_BLOCK_MANAGER_CONTEXT, (manager) => {
			if (!manager) return;
			this.observe(
				observeMultiple([manager.layouts, manager.contents]),
				([layouts, contents]) => {
					this._claims = readClaims(
						toStoredBlockValue({ contentData: contents, layout: { [BLOCK_LIST_LAYOUT_ALIAS]: layouts } }),
					);
				},
				'clinickitObserveBlocks',
			);
		});
	}

	/** This block's content key. */
	get #key(): string | undefined {
		return this.contentKey ?? this.layout?.contentKey;
	}

	/** This block's claim: from the block list when there is one, else from its own content (number 0). */
	#claim(): Claim {
		const key = this.#key?.toLowerCase();
		const fromList = this._claims?.find((c) => c.blockKey.toLowerCase() === key);
		if (fromList) return fromList;
		const c = this.content ?? {};
		return {
			number: 0,
			blockKey: this.#key ?? '',
			statement: cleanText(c[P.statement]),
			citations: parseCitations(toStoredPickerValue(c[P.citations])),
			claimType: firstChoice(c[P.claimType]),
			evidenceStrength: firstChoice(c[P.evidenceStrength]),
			qualifier: cleanText(c[P.qualifier]),
			safetySection: null,
		};
	}

	override connectedCallback() {
		super.connectedCallback();
		this.#stopListening = onBlockFocusRequest(() => this.#focusIfRequested());
	}

	override disconnectedCallback() {
		super.disconnectedCallback();
		this.#stopListening?.();
	}

	protected override updated() {
		this.#focusIfRequested();
		void this.#lookUpCitations();
	}

	#focusIfRequested() {
		const key = this.#key;
		if (!key || !takeBlockFocus(key)) return;
		this._highlighted = true;
		this.scrollIntoView({ behavior: 'smooth', block: 'center' });
		setTimeout(() => (this._highlighted = false), 4000);
	}

	async #lookUpCitations() {
		const keys = this.#claim()
			.citations.filter((c) => c.isDocument)
			.map((c) => c.key);
		const lookupKey = keys.join(',');
		if (lookupKey === this.#lookupKey) return;
		this.#lookupKey = lookupKey;
		if (!keys.length) {
			this._lookedUp = lookupKey;
			return;
		}
		try {
			const source = await resolveSource(this, this.source);
			const details = await source.citations(keys);
			if (this.#lookupKey !== lookupKey) return;
			this._details = details;
			this._lookedUp = lookupKey;
		} catch (error) {
			console.error('ClinicKit: could not look up the citations of a claim block.', error);
		}
	}

	override render() {
		const claim = this.#claim();
		// Article-wide reference numbers when the whole list is known; otherwise 1, 2, ... within the claim.
		const numbers = this._claims ? referenceNumbers(this._claims) : referenceNumbers([claim]);
		const citations = claim.citations.map((p) => citationView(p, numbers.get(p.key) ?? 0, this._details));
		const keys = claim.citations.filter((p) => p.isDocument).map((p) => p.key).join(',');
		const findings = this._lookedUp === keys
			? checkClaim(claim, this._details)
			: checkClaim(claim, this.#assumeExisting(claim));
		return html`<clinickit-claim-preview
			.number=${claim.number}
			.statement=${claim.statement}
			.qualifier=${claim.qualifier}
			.claimType=${claim.claimType}
			.evidenceStrength=${claim.evidenceStrength}
			.citations=${citations}
			.findings=${findings}
			.href=${this.config?.showContentEdit ? this.config.editContentPath : undefined}
			?highlighted=${this._highlighted}></clinickit-claim-preview>`;
	}

	/** While titles load, judge only what the block itself shows (don't flash "does not exist"). */
	#assumeExisting(claim: Claim): Record<string, CitationDetails> {
		const out: Record<string, CitationDetails> = { ...this._details };
		for (const p of claim.citations) {
			if (p.isDocument && !(p.key in out)) out[p.key] = { key: p.key, title: p.key, state: 'published' };
		}
		return out;
	}

	static override styles = css`
		:host {
			display: block;
		}
	`;
}

export { ClinicKitClaimBlockViewElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-claim-block-view': ClinicKitClaimBlockViewElement;
	}
}
