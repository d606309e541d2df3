/**
 * Property values as the backoffice holds them (Management API shapes) turned into what the claim rules read
 * (the stored shapes in RULES.md). Pure functions: unit-tested in Node.
 */
import { isRecord } from '../claims/block-value.js';

export interface PropertyValue {
	alias: string;
	culture?: string | null;
	segment?: string | null;
	value?: unknown;
}

const GUID = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;
const UDI = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;

/** A property's invariant value (culture and segment null); failing that, the first value for the alias. */
export function propertyValue(values: readonly PropertyValue[] | undefined, alias: string): unknown {
	if (!values) return undefined;
	const invariant = values.find((v) => v.alias === alias && v.culture == null && v.segment == null);
	return (invariant ?? values.find((v) => v.alias === alias))?.value;
}

/** A GUID as lowercase with dashes, or undefined when it is not a GUID. */
export function normalizeGuid(text: string): string | undefined {
	if (!GUID.test(text)) return undefined;
	const h = text.replace(/-/g, '').toLowerCase();
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A document UDI for a key: `umb://document/<32 hex>`. */
export function documentUdi(key: string): string {
	return `umb://document/${key.replace(/-/g, '').toLowerCase()}`;
}

/**
 * The document keys a picker value points at, in order: a GUID, a UDI, a CSV of either, an array of
 * those, or the backoffice's `[{ type: 'document', unique }]`.
 */
export function pickedDocumentKeys(value: unknown): string[] {
	const out: string[] = [];
	const add = (text: string) => {
		const t = text.trim();
		const udi = UDI.exec(t);
		const key = udi ? (udi[1] === 'document' ? normalizeGuid(udi[2]) : undefined) : normalizeGuid(t);
		if (key) out.push(key);
	};
	if (typeof value === 'string') value.split(',').forEach(add);
	else if (Array.isArray(value)) {
		for (const item of value) {
			if (typeof item === 'string') add(item);
			else if (isRecord(item) && typeof item.unique === 'string' && (item.type === undefined || item.type === 'document')) add(item.unique);
		}
	}
	return out;
}

/**
 * A picker value as stored: the backoffice's `[{ type, unique }]` references become the stored CSV's entries
 * (`umb://<type>/<32 hex>`), so the rules read what Umbraco will save. Other values are returned unchanged.
 */
export function toStoredPickerValue(value: unknown): unknown {
	if (!Array.isArray(value) || value.length === 0) return value;
	if (!value.every((v) => isRecord(v) && typeof v.unique === 'string')) return value;
	return value.map((v) => {
		const ref = v as { unique: string; type?: unknown };
		const type = typeof ref.type === 'string' && ref.type !== '' ? ref.type : 'document';
		return `umb://${type}/${ref.unique.replace(/-/g, '').toLowerCase()}`;
	});
}

/**
 * A block value from the backoffice (`layout`, picker references) in the stored shape the rules read, blocks nested
 * in block values included (a safety block's points are claim blocks inside it).
 */
export function toStoredBlockValue(value: unknown): unknown {
	if (!isRecord(value) || !Array.isArray(value.contentData)) return value;
	return {
		...value,
		contentData: value.contentData.map((block: unknown) =>
			isRecord(block) && Array.isArray(block.values)
				? {
						...block,
						values: block.values.map((v: unknown) =>
							isRecord(v) ? { ...v, value: toStoredBlockValue(toStoredPickerValue(v.value)) } : v,
						),
					}
				: block,
		),
	};
}

/** A date picker's value as `yyyy-MM-dd…` text: a string as it is, or the `date` of `{ date }` objects. */
export function dateText(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (isRecord(value) && typeof value.date === 'string') return value.date.trim();
	return '';
}

/** Plain text of a text value ('' for anything else). */
export function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Today's date in the browser's time zone as `yyyy-MM-dd`. */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
