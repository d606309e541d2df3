/**
 * Test hosts that stand in for the backoffice around ClinicKit's real elements: a document workspace context
 * and a block list's block manager context, provided with Umbraco's own context tokens.
 */
import { UMB_BLOCK_MANAGER_CONTEXT } from '@umbraco-cms/backoffice/block';
import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { BehaviorSubject } from '@umbraco-cms/backoffice/external/rxjs';
import { css, customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { PropertyValue } from '../../../src/umbraco/values.js';

/** The slice of the document workspace context that ClinicKit reads. */
export class FakeDocumentWorkspace {
	readonly workspaceAlias = 'Umb.Workspace.Document';
	readonly values: BehaviorSubject<PropertyValue[]>;
	readonly contentTypeUnique: BehaviorSubject<string | undefined>;
	constructor(contentTypeKey: string, values: PropertyValue[]) {
		this.values = new BehaviorSubject(values);
		this.contentTypeUnique = new BehaviorSubject<string | undefined>(contentTypeKey);
	}
	host?: Element;
	getEntityType() {
		return 'document';
	}
	getHostElement() {
		return this.host;
	}
}

@customElement('ck-test-workspace')
export class CkTestWorkspaceElement extends UmbLitElement {
	@property({ attribute: false }) set workspace(value: FakeDocumentWorkspace) {
		value.host = this;
		this.provideContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, value as never);
	}
	override render() {
		return html`<slot></slot>`;
	}
	static override styles = css`
		:host {
			display: block;
		}
	`;
}

/** The slice of the block manager context that the claim block view reads. */
export class FakeBlockManager {
	readonly layouts: BehaviorSubject<Array<{ contentKey: string; settingsKey?: string | null }>>;
	readonly contents: BehaviorSubject<Array<{ key: string; contentTypeKey: string; values: PropertyValue[] }>>;
	constructor(body: { layout: Record<string, Array<{ contentKey: string; settingsKey?: string | null }>>; contentData: Array<{ key: string; contentTypeKey: string; values: PropertyValue[] }> }) {
		this.layouts = new BehaviorSubject(body.layout['Umbraco.BlockList']);
		this.contents = new BehaviorSubject(body.contentData);
	}
	host?: Element;
	getHostElement() {
		return this.host;
	}
}

@customElement('ck-test-block-list')
export class CkTestBlockListElement extends UmbLitElement {
	@property({ attribute: false }) set manager(value: FakeBlockManager) {
		value.host = this;
		this.provideContext(UMB_BLOCK_MANAGER_CONTEXT, value as never);
	}
	override render() {
		return html`<slot></slot>`;
	}
	static override styles = css`
		:host {
			display: grid;
			gap: var(--uui-size-space-3);
		}
	`;
}
