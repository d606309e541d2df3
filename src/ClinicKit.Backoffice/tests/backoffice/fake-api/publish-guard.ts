/**
 * The fake's stand-in for ClinicKit's publish guard (src/ClinicKit.Umbraco/PublishGuard/ClaimPublishGuard.cs):
 * the same shared claim rules (claim-rules.json through src/claims/rules.ts), the same messages (the finding's
 * message and its code; title "ClinicKit: <name>"), and Umbraco 17's answer to a publish a notification handler
 * cancelled:
 * - 400 with ProblemDetails { type: "Error", title: "Publish cancelled by event", detail: "The publish operation
 *   was cancelled by an event.", status: 400, operationStatus: "CancelledByEvent" } — Umbraco-CMS
 *   src/Umbraco.Cms.Api.Management/Controllers/Document/DocumentControllerBase.cs
 *   (DocumentPublishingOperationStatusResult, ContentPublishingOperationStatus.CancelledByEvent => BadRequest);
 * - the handler's event messages in the `Umb-Notifications` header, JSON [{ message, category, type }] —
 *   src/Umbraco.Cms.Api.Management/Filters/AppendEventMessagesAttribute.cs (non-GET requests only). The
 *   backoffice's api-interceptor.controller.js shows each as a notification.
 * Saves (PUT /document/{id}) are kept in memory so publish checks what the editor sent, as Umbraco checks the
 * saved draft.
 */
import {
	EventMessageTypeModel,
	type DocumentResponseModel,
	type UpdateDocumentRequestModel,
} from '@umbraco-cms/backoffice/external/backend-api';
import { checkArticle, citedDocumentKeys, readClaims } from '../../../src/claims/rules.js';
import type { CitationMap } from '../../../src/claims/types.js';
import { DocumentTypes, Props } from '../../../src/schema.js';
import { dateText, localToday, pickedDocumentKeys, propertyValue, text, toStoredBlockValue, type PropertyValue } from '../../../src/umbraco/values.js';
import { storedPickText } from '../../../src/umbraco/reviewer.js';
import { Answer } from './route.js';
import type { UsyncStore } from './store.js';
import type { UsyncContent } from './usync.js';

export interface GuardMessage {
	category: string;
	message: string;
	type: EventMessageTypeModel;
}

export class PublishGuard {
	readonly #store: UsyncStore;
	readonly #saved = new Map<string, UpdateDocumentRequestModel>();
	readonly #today: () => string;

	constructor(store: UsyncStore, today: () => string = () => localToday()) {
		this.#store = store;
		this.#today = today;
	}

	save(key: string, body: UpdateDocumentRequestModel) {
		this.#saved.set(key, body);
	}

	/** The document as last saved (values and names), or as uSync has it. */
	current(document: DocumentResponseModel): DocumentResponseModel {
		const saved = this.#saved.get(document.id);
		if (!saved) return document;
		return {
			...document,
			values: saved.values.map((v) => ({ ...v, editorAlias: document.values.find((d) => d.alias === v.alias)?.editorAlias ?? '' })),
			variants: document.variants.map((variant) => ({ ...variant, name: saved.variants[0]?.name ?? variant.name })),
		};
	}

	#values(node: UsyncContent): PropertyValue[] {
		return this.current(this.#store.document(node)).values;
	}

	#citations(keys: string[]): CitationMap {
		const out: Record<string, { title: string; state: 'published' | 'unpublished' | 'trashed' }> = {};
		for (const key of keys) {
			const node = this.#store.node(key);
			if (!node) continue;
			const title = text(propertyValue(this.#values(node), Props.title)) || node.name;
			out[key] = { title, state: node.trashed ? 'trashed' : this.#store.published.get(key) ? 'published' : 'unpublished' };
		}
		return out;
	}

	/** The guard's messages for a document being published, in the order the C# guard reports them. */
	messages(node: UsyncContent): { messages: GuardMessage[]; cancelled: boolean } {
		const alias = this.#store.typeOf(node).alias;
		const category = `ClinicKit: ${node.name}`;
		const messages: GuardMessage[] = [];
		let cancelled = false;
		const report = (severity: 'error' | 'warning', message: string) => {
			if (severity === 'error') cancelled = true;
			messages.push({ category, message, type: severity === 'error' ? EventMessageTypeModel.ERROR : EventMessageTypeModel.WARNING });
		};
		let article = node;
		let prefix = '';
		if (alias === DocumentTypes.clinicArticle.alias) {
			const [key] = pickedDocumentKeys(propertyValue(this.#values(node), Props.article));
			const picked = key ? this.#store.node(key) : undefined;
			if (!picked || this.#store.typeOf(picked).alias !== DocumentTypes.article.alias) {
				report('error', 'No library article is picked. Pick the article from the library that this page shows.');
				return { messages, cancelled };
			}
			article = picked;
			prefix = `Library article "${picked.name}": `;
		} else if (alias !== DocumentTypes.article.alias) {
			return { messages, cancelled };
		}
		const values = this.#values(article);
		const body = toStoredBlockValue(propertyValue(values, Props.body));
		const { findings } = checkArticle({
			body,
			citations: this.#citations(citedDocumentKeys(readClaims(body))),
			review: {
				reviewedBy: storedPickText(propertyValue(values, Props.reviewedBy)),
				lastReviewed: dateText(propertyValue(values, Props.lastReviewed)),
				nextReviewDue: dateText(propertyValue(values, Props.nextReviewDue)),
			},
			today: this.#today(),
		});
		for (const f of findings) report(f.severity, `${prefix}${f.message} (${f.code})`);
		return { messages, cancelled };
	}

	/** Undefined when the publish may go ahead (warnings still travel in the header); otherwise Umbraco's refusal. */
	publish(node: UsyncContent): Answer | undefined {
		const { messages, cancelled } = this.messages(node);
		const headers: Record<string, string> = messages.length ? { 'Umb-Notifications': JSON.stringify(messages) } : {};
		if (!cancelled) return messages.length ? new Answer(200, '', headers) : undefined;
		return Answer.problem(
			400,
			{
				type: 'Error',
				title: 'Publish cancelled by event',
				status: 400,
				detail: 'The publish operation was cancelled by an event.',
				operationStatus: 'CancelledByEvent',
			},
			headers,
		);
	}
}
