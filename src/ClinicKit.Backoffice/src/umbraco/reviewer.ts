/**
 * The medical review's reviewer pick (`reviewedBy`, a Multinode Treepicker limited to one reviewer from the people
 * library), read as ClinicKit.Content's ReviewerPicks does: the picked reviewer's name, or the pick as stored when it
 * does not resolve to a reviewer, so the claim rules still tell "nobody picked" (CK0311) from a pick that does not
 * resolve (CK0420, which validate reports).
 */
import { DocumentTypes, Props } from '../schema.js';
import type { ContentSource } from './content-source.js';
import { pickedDocumentKeys, propertyValue, text, toStoredPickerValue } from './values.js';

export interface PickedReviewer {
	name: string;
	isDemo: boolean;
}

/** The pick as Umbraco stores it (comma-separated UDIs), for rules that only ask whether someone is picked. */
export function storedPickText(value: unknown): string {
	const stored = toStoredPickerValue(value);
	return Array.isArray(stored) ? stored.filter((s) => typeof s === 'string').join(',') : text(stored);
}

export async function reviewerOf(value: unknown, source: ContentSource): Promise<PickedReviewer> {
	const key = pickedDocumentKeys(value)[0];
	const doc = key ? await source.document(key) : undefined;
	if (!doc || doc.isTrashed || doc.documentTypeKey !== DocumentTypes.reviewer.key) return { name: storedPickText(value), isDemo: false };
	const demo = propertyValue(doc.values, Props.isDemo);
	return { name: doc.name, isDemo: demo === true || demo === '1' || demo === 1 };
}
