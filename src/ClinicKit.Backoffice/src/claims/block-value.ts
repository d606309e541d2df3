/**
 * Reading an Umbraco 17 block list value as it is stored (`{contentData, settingsData, expose, Layout}`),
 * as the backoffice sends it (`layout`), or as its JSON string.
 */

export const BLOCK_LIST_LAYOUT_ALIAS = 'Umbraco.BlockList';

export interface BlockValueEntry {
	alias: string;
	culture?: string | null;
	segment?: string | null;
	value?: unknown;
}

export interface BlockData {
	contentTypeKey: string;
	key: string;
	values: BlockValueEntry[];
}

/** The content blocks in layout order; content that is not in the layout is left out. */
export function blocksInLayoutOrder(body: unknown): BlockData[] {
	const value = parseBody(body);
	if (!value) return [];
	const contentData = Array.isArray(value.contentData) ? value.contentData.filter(isBlockData) : [];
	const byKey = new Map<string, BlockData>();
	for (const block of contentData) {
		const key = block.key.toLowerCase();
		if (!byKey.has(key)) byKey.set(key, block);
	}
	const blocks: BlockData[] = [];
	for (const item of layoutItems(value)) {
		const block = byKey.get(item.toLowerCase());
		if (block) blocks.push(block);
	}
	return blocks;
}

/** The value of an invariant property of a block (culture and segment null), or undefined. */
export function invariantValue(block: BlockData, alias: string): unknown {
	const entry = block.values.find(
		(v) => isRecord(v) && v.alias === alias && v.culture == null && v.segment == null,
	);
	return entry?.value;
}

function parseBody(body: unknown): Record<string, unknown> | undefined {
	let value = body;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	return isRecord(value) ? value : undefined;
}

function layoutItems(value: Record<string, unknown>): string[] {
	// Umbraco writes "Layout" and reads the name case-insensitively; the backoffice sends "layout".
	const layoutKey = 'Layout' in value ? 'Layout' : Object.keys(value).find((k) => k.toLowerCase() === 'layout');
	const layout = layoutKey ? value[layoutKey] : undefined;
	if (!isRecord(layout)) return [];
	const items = layout[BLOCK_LIST_LAYOUT_ALIAS];
	if (!Array.isArray(items)) return [];
	return items
		.map((item: unknown) => (isRecord(item) && typeof item.contentKey === 'string' ? item.contentKey : undefined))
		.filter((k): k is string => k !== undefined);
}

function isBlockData(x: unknown): x is BlockData {
	return (
		isRecord(x) &&
		typeof x.contentTypeKey === 'string' &&
		typeof x.key === 'string' &&
		Array.isArray(x.values)
	);
}

export function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}
