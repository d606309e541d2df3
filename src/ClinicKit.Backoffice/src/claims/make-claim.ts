/**
 * "Make this a claim": moves a sentence out of a text block into a new claim block placed right after it, in the
 * block list value the backoffice edits (`layout` or `Layout`). Pure; the Claims tab writes the result back.
 */
import ruleData from '../../../ClinicKit.Content/Claims/claim-rules.json';
import { BLOCK_LIST_LAYOUT_ALIAS, isRecord } from './block-value.js';
import { RICH_TEXT_BLOCK_KEY, RICH_TEXT_PROPERTY } from './detection.js';

/** The property editors of the claim block's properties (uSync/v17/ContentTypes, the claim block's element type). */
const EDITORS = { statement: 'Umbraco.TextArea', claimType: 'Umbraco.DropDown.Flexible' } as const;
const PROPS = ruleData.claimBlock.properties;

export interface MakeClaimRequest {
	/** The text block the sentence is in. */
	blockKey: string;
	sentence: string;
	/** The claim type the detection names (Efficacy, Safety, ...). */
	claimType: string;
	/** The new claim block's key. */
	newKey: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const EMPTY_ELEMENT = /<(p|li|h[1-6]|blockquote)>(\s|&nbsp;)*<\/\1>/gi;

/**
 * The markup without the sentence, or undefined when the sentence is not in it as written (it spans inline tags or
 * entities the editor wrote differently): then the marketer moves it by hand. An element the sentence leaves empty goes too.
 */
export function removeSentence(markup: string, sentence: string): string | undefined {
	for (const written of new Set([escapeHtml(sentence), sentence])) {
		const at = markup.indexOf(written);
		if (at < 0) continue;
		let end = at + written.length;
		while (end < markup.length && /\s/.test(markup[end])) end++;
		return (markup.slice(0, at) + markup.slice(end)).replace(/\s+(<\/)/g, '$1').replace(EMPTY_ELEMENT, '');
	}
	return undefined;
}

function markupOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	return isRecord(value) && typeof value.markup === 'string' ? value.markup : undefined;
}

function withMarkup(value: unknown, markup: string): unknown {
	return isRecord(value) ? { ...value, markup } : markup;
}

/** Whether {@link makeClaim} can move the sentence (the text block exists and holds the sentence as written). */
export function canMakeClaim(body: unknown, blockKey: string, sentence: string): boolean {
	return makeClaim(body, { blockKey, sentence, claimType: '', newKey: 'probe' }) !== undefined;
}

/** The body with the sentence moved into a new claim block after its text block, or undefined when it cannot be moved. */
export function makeClaim(body: unknown, request: MakeClaimRequest): Record<string, unknown> | undefined {
	if (!isRecord(body) || !Array.isArray(body.contentData)) return undefined;
	const layoutKey = Object.keys(body).find((k) => k.toLowerCase() === 'layout');
	const layout = layoutKey ? body[layoutKey] : undefined;
	const items = isRecord(layout) ? layout[BLOCK_LIST_LAYOUT_ALIAS] : undefined;
	if (!layoutKey || !isRecord(layout) || !Array.isArray(items)) return undefined;

	const key = request.blockKey.toLowerCase();
	const blockIndex = body.contentData.findIndex(
		(b: unknown) => isRecord(b) && typeof b.key === 'string' && b.key.toLowerCase() === key && String(b.contentTypeKey).toLowerCase() === RICH_TEXT_BLOCK_KEY,
	);
	const layoutIndex = items.findIndex((i: unknown) => isRecord(i) && typeof i.contentKey === 'string' && i.contentKey.toLowerCase() === key);
	if (blockIndex < 0 || layoutIndex < 0) return undefined;

	const block = body.contentData[blockIndex] as Record<string, unknown>;
	const values = Array.isArray(block.values) ? (block.values as unknown[]) : [];
	const textIndex = values.findIndex((v) => isRecord(v) && v.alias === RICH_TEXT_PROPERTY && v.culture == null && v.segment == null);
	const entry = values[textIndex];
	const markup = isRecord(entry) ? markupOf(entry.value) : undefined;
	const remaining = markup === undefined ? undefined : removeSentence(markup, request.sentence);
	if (!isRecord(entry) || remaining === undefined) return undefined;

	const claim = {
		key: request.newKey,
		contentTypeKey: ruleData.claimBlock.elementTypeKey,
		values: [
			{ editorAlias: EDITORS.statement, alias: PROPS.statement, culture: null, segment: null, value: request.sentence },
			...(request.claimType
				? [{ editorAlias: EDITORS.claimType, alias: PROPS.claimType, culture: null, segment: null, value: [request.claimType] }]
				: []),
		],
	};
	const contentData = [...(body.contentData as unknown[])];
	contentData[blockIndex] = { ...block, values: values.map((v, i) => (i === textIndex ? { ...entry, value: withMarkup(entry.value, remaining) } : v)) };
	contentData.splice(blockIndex + 1, 0, claim);
	const newItems = [...(items as unknown[])];
	newItems.splice(layoutIndex + 1, 0, { contentKey: request.newKey });
	return {
		...body,
		contentData,
		[layoutKey]: { ...layout, [BLOCK_LIST_LAYOUT_ALIAS]: newItems },
		...(Array.isArray(body.expose) ? { expose: [...(body.expose as unknown[]), { contentKey: request.newKey, culture: null, segment: null }] } : {}),
	};
}
