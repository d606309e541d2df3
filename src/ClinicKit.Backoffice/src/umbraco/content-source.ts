/**
 * What the Umbraco-connected elements need from the backoffice, as one small interface. The real one reads
 * Umbraco's document repositories (umbraco-content-source.ts); tests give the elements a fake one.
 */
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import type { CitationDetails } from '../claims/view-model.js';
import type { PropertyValue } from './values.js';

export interface DocumentSnapshot {
	key: string;
	name: string;
	documentTypeKey: string;
	isTrashed: boolean;
	values: PropertyValue[];
}

export interface TreeNode {
	key: string;
	name: string;
	documentTypeKey: string;
	isTrashed: boolean;
}

export interface ContentSource {
	/** What is known about each key; a key left out does not exist. */
	citations(keys: readonly string[]): Promise<Record<string, CitationDetails>>;
	/** A document with its property values, or undefined when it does not exist. */
	document(key: string): Promise<DocumentSnapshot | undefined>;
	/** The content tree's root documents. */
	roots(): Promise<TreeNode[]>;
	/** A document's children in the content tree. */
	children(key: string): Promise<TreeNode[]>;
	/** The backoffice path that opens a document for editing. */
	editPath(key: string): string;
}

/** Lets a connected element use an injected source (tests) or Umbraco's (the backoffice), loaded on first use. */
export async function resolveSource(
	host: UmbControllerHost,
	injected: ContentSource | undefined,
): Promise<ContentSource> {
	if (injected) return injected;
	const { UmbracoContentSource } = await import('./umbraco-content-source.js');
	return UmbracoContentSource.for(host);
}
