import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { css, customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { observeMultiple } from '@umbraco-cms/backoffice/observable-api';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { ManifestWorkspaceView, UmbWorkspaceViewElement } from '@umbraco-cms/backoffice/workspace';
import type { ArticleAudit } from '../claims/view-model.js';
import { makeClaim } from '../claims/make-claim.js';
import type { GoToBlockDetail, MakeClaimDetail } from '../components/claims-table.element.js';
import '../components/claims-table.element.js';
import { contentViewPath, navigateTo, requestBlockFocus } from '../focus.js';
import { CLAIMS_VIEW_PATHNAME } from './constants.js';
import { DocumentTypes, Props } from '../schema.js';
import { auditArticleValues, type ArticleReview } from '../umbraco/article-audit.js';
import { resolveSource, type ContentSource } from '../umbraco/content-source.js';
import { localToday, pickedDocumentKeys, propertyValue, type PropertyValue } from '../umbraco/values.js';

export { CLAIMS_VIEW_PATHNAME } from './constants.js';

/**
 * The Claims tab on `clinicKitArticle` and `clinicKitClinicArticle` documents. On an article it audits the body being edited
 * (unsaved changes included); on a clinic page it audits the library article the page picks.
 */
@customElement('clinickit-claims-workspace-view')
export class ClinicKitClaimsWorkspaceViewElement extends UmbLitElement implements UmbWorkspaceViewElement {
	@property({ attribute: false }) manifest?: ManifestWorkspaceView;
	/** Where documents come from; Umbraco's repositories unless a test sets one. */
	@property({ attribute: false }) source?: ContentSource;
	/** `yyyy-MM-dd`; the browser's date unless set. */
	@property() today?: string;

	@state() private _audit?: ArticleAudit;
	@state() private _review?: ArticleReview;
	@state() private _library?: { key: string; name: string };
	@state() private _noArticlePicked = false;
	@state() private _loading = true;
	@state() private _failed = false;

	#run = 0;
	#timer?: ReturnType<typeof setTimeout>;
	#workspace?: typeof UMB_DOCUMENT_WORKSPACE_CONTEXT.TYPE;
	#values: readonly PropertyValue[] = [];

	constructor() {
		super();
		this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (workspace) => {
			if (!workspace) return;
			this.#workspace = workspace;
			this.observe(
				observeMultiple([workspace.contentTypeUnique, workspace.values]),
				([typeKey, values]) => this.#schedule(typeKey, values ?? []),
				'clinickitObserveDocument',
			);
		});
	}

	/** Edits arrive per keystroke: audit once typing settles. */
	#schedule(typeKey: string | undefined, values: readonly PropertyValue[]) {
		this.#values = values;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#audit(typeKey, values), this._audit ? 250 : 0);
	}

	async #audit(typeKey: string | undefined, values: readonly PropertyValue[]) {
		const run = ++this.#run;
		this._loading = true;
		try {
			const source = await resolveSource(this, this.source);
			const today = this.today ?? localToday();
			let articleValues: readonly PropertyValue[] | undefined = values;
			let library: { key: string; name: string } | undefined;
			let noArticlePicked = false;
			if (typeKey === DocumentTypes.clinicArticle.key) {
				const [articleKey] = pickedDocumentKeys(propertyValue(values, Props.article));
				const article = articleKey ? await source.document(articleKey) : undefined;
				articleValues = article?.values;
				library = article ? { key: article.key, name: article.name } : undefined;
				noArticlePicked = !article;
			}
			const { audit, review } = await auditArticleValues(articleValues ?? [], source, today);
			if (run !== this.#run) return;
			this._audit = audit;
			this._review = review;
			this._library = library;
			this._noArticlePicked = noArticlePicked;
			this._failed = false;
		} catch (error) {
			if (run !== this.#run) return;
			console.error('ClinicKit: could not audit the claims of this document.', error);
			this._failed = true;
		} finally {
			if (run === this.#run) this._loading = false;
		}
	}

	async #goToBlock(e: CustomEvent<GoToBlockDetail>) {
		requestBlockFocus(e.detail.blockKey);
		if (this._library) {
			const source = await resolveSource(this, this.source);
			navigateTo(source.editPath(this._library.key));
			return;
		}
		const path = contentViewPath(window.location.pathname, this.manifest?.meta.pathname ?? CLAIMS_VIEW_PATHNAME);
		if (path) navigateTo(path);
		else {
			// Not on a …/view/<pathname> URL (e.g. the Claims tab is the default view): open the document.
			const key = this.#workspace?.getUnique?.();
			if (key) navigateTo((await resolveSource(this, this.source)).editPath(key));
		}
	}

	/** Moves the sentence into a new claim block after its text block, in the value being edited (saved with the document). */
	async #makeClaim(e: CustomEvent<MakeClaimDetail>) {
		const workspace = this.#workspace;
		if (!workspace || this._library) return;
		const body = propertyValue(this.#values, Props.body);
		const next = makeClaim(body, { ...e.detail, newKey: crypto.randomUUID() });
		if (next) await workspace.setPropertyValue(Props.body, next);
	}

	override disconnectedCallback() {
		super.disconnectedCallback();
		clearTimeout(this.#timer);
	}

	override render() {
		if (this._failed) return html`<uui-box><p>${this.localize.term('clinickit_loadFailed')}</p></uui-box>`;
		if (this._noArticlePicked) return html`<uui-box><p>${this.localize.term('clinickit_pickArticleFirst')}</p></uui-box>`;
		if (!this._audit) {
			return html`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term('clinickit_loading')}</p></uui-box>`;
		}
		return html`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.statements=${this._audit.statements}
			.review=${this._review}
			.headline=${this._library ? this.localize.term('clinickit_claimsInLibraryArticle', this._library.name) : undefined}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${this.#goToBlock}
			@clinickit-make-claim=${this.#makeClaim}></clinickit-claims-table>`;
	}

	static override styles = [
		UmbTextStyles,
		css`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`,
	];
}

export { ClinicKitClaimsWorkspaceViewElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-claims-workspace-view': ClinicKitClaimsWorkspaceViewElement;
	}
}
