/** {@link ContentSource} backed by Umbraco 17's document repositories (item, detail and tree). */
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import {
	UMB_DOCUMENT_ENTITY_TYPE,
	UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN,
	UmbDocumentDetailRepository,
	UmbDocumentItemRepository,
	UmbDocumentTreeRepository,
	type UmbDocumentItemModel,
	type UmbDocumentTreeItemModel,
} from '@umbraco-cms/backoffice/document';
import { DocumentVariantStateModel } from '@umbraco-cms/backoffice/external/backend-api';
import type { CitationDetails } from '../claims/view-model.js';
import type { CitationState } from '../claims/types.js';
import { Props } from '../schema.js';
import type { ContentSource, DocumentSnapshot, TreeNode } from './content-source.js';
import { propertyValue, text } from './values.js';

const PAGE = 100;
/** Cited documents change rarely while a document is open; a short cache saves one request per block view. */
const CITATION_CACHE_MS = 30_000;

const citationCache = new Map<string, { at: number; value: Promise<CitationDetails | undefined> }>();

export class UmbracoContentSource implements ContentSource {
	readonly #items: UmbDocumentItemRepository;
	readonly #details: UmbDocumentDetailRepository;
	readonly #tree: UmbDocumentTreeRepository;

	private constructor(host: UmbControllerHost) {
		this.#items = new UmbDocumentItemRepository(host);
		this.#details = new UmbDocumentDetailRepository(host);
		this.#tree = new UmbDocumentTreeRepository(host);
	}

	static for(host: UmbControllerHost): UmbracoContentSource {
		return new UmbracoContentSource(host);
	}

	editPath(key: string): string {
		return UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN.generateAbsolute({ unique: key });
	}

	async citations(keys: readonly string[]): Promise<Record<string, CitationDetails>> {
		const now = Date.now();
		const wanted = [...new Set(keys)];
		const stale = wanted.filter((k) => {
			const hit = citationCache.get(k);
			return !hit || now - hit.at > CITATION_CACHE_MS;
		});
		if (stale.length) {
			const batch = this.#loadCitations(stale);
			for (const key of stale) citationCache.set(key, { at: now, value: batch.then((r) => r[key]) });
		}
		const out: Record<string, CitationDetails> = {};
		for (const key of wanted) {
			const details = await citationCache.get(key)?.value;
			if (details) out[key] = details;
		}
		return out;
	}

	async #loadCitations(keys: string[]): Promise<Record<string, CitationDetails | undefined>> {
		const { data } = await this.#items.requestItems(keys);
		const items = data ?? [];
		const out: Record<string, CitationDetails | undefined> = {};
		await Promise.all(
			items.map(async (item) => {
				// The item gives existence, trash and publish state; the detail gives the citation's own fields.
				const detail = await this.document(item.unique);
				const values = detail?.values ?? [];
				const title = text(propertyValue(values, Props.title)) || itemName(item);
				const source = [
					text(propertyValue(values, Props.authors)),
					text(propertyValue(values, Props.publication)),
					text(propertyValue(values, Props.year)),
				]
					.filter(Boolean)
					.join(' · ');
				out[item.unique] = {
					key: item.unique,
					title,
					state: citationState(item),
					source,
					href: item.isTrashed ? undefined : this.editPath(item.unique),
				};
			}),
		);
		return out;
	}

	async document(key: string): Promise<DocumentSnapshot | undefined> {
		const { data } = await this.#details.requestByUnique(key);
		if (!data) return undefined;
		return {
			key: data.unique,
			name: data.variants.find((v) => v.culture === null)?.name ?? data.variants[0]?.name ?? '',
			documentTypeKey: data.documentType.unique,
			isTrashed: data.isTrashed,
			values: data.values,
		};
	}

	async roots(): Promise<TreeNode[]> {
		return this.#all((skip) => this.#tree.requestTreeRootItems({ paging: { skip, take: PAGE } }));
	}

	async children(key: string): Promise<TreeNode[]> {
		return this.#all((skip) =>
			this.#tree.requestTreeItemsOf({
				parent: { unique: key, entityType: UMB_DOCUMENT_ENTITY_TYPE },
				paging: { skip, take: PAGE },
			}),
		);
	}

	async #all(
		page: (skip: number) => Promise<{ data?: { items: UmbDocumentTreeItemModel[]; total: number } }>,
	): Promise<TreeNode[]> {
		const nodes: TreeNode[] = [];
		for (let skip = 0; ; skip += PAGE) {
			const { data } = await page(skip);
			if (!data) break;
			nodes.push(
				...data.items.map((i) => ({
					key: i.unique,
					name: i.variants.find((v) => v.culture === null)?.name ?? i.variants[0]?.name ?? '',
					documentTypeKey: i.documentType.unique,
					isTrashed: i.isTrashed,
				})),
			);
			if (data.items.length < PAGE || nodes.length >= data.total) break;
		}
		return nodes;
	}
}

function itemName(item: UmbDocumentItemModel): string {
	return item.variants.find((v) => v.culture === null)?.name ?? item.variants[0]?.name ?? item.unique;
}

/** Trashed beats everything; otherwise published when any variant is published (with or without pending changes). */
function citationState(item: UmbDocumentItemModel): CitationState {
	if (item.isTrashed) return 'trashed';
	const published = item.variants.some(
		(v) => v.state === DocumentVariantStateModel.PUBLISHED || v.state === DocumentVariantStateModel.PUBLISHED_PENDING_CHANGES,
	);
	return published ? 'published' : 'unpublished';
}
