/**
 * Claim detection: which sentences of an article's text blocks make a medical claim outside a claim block (CK0322).
 * The kinds of claim, their patterns and the ordinary-text exceptions are claim-detection.json, the file the C#
 * ClaimDetection reads too (src/ClinicKit.Content/Claims/DETECTION.md); nothing of it is repeated here.
 */
import detectionData from '../../../ClinicKit.Content/Claims/claim-detection.json';
import { blocksInLayoutOrder, invariantValue, isRecord } from './block-value.js';

export interface ClaimKind {
	kind: string;
	label: string;
	claimType: string;
}

/** A sentence in a text block that makes a medical claim. */
export interface PlainTextStatement {
	/** The text block's number among the body's text blocks, in layout order (1, 2, ...). */
	block: number;
	blockKey: string;
	sentence: string;
	kind: ClaimKind;
}

interface CompiledKind extends ClaimKind {
	when: RegExp[][];
	inTextOnly: RegExp[][];
}

const cues: Readonly<Record<string, string>> = detectionData.cues;

function compile(pattern: string): RegExp {
	const expanded = pattern.replace(/@(\w+)/g, (_whole, name: string) => {
		if (!Object.prototype.hasOwnProperty.call(cues, name)) throw new Error(`claim-detection.json: the pattern '${pattern}' names no cue '${name}'`);
		return `(?:${cues[name]})`;
	});
	return new RegExp(expanded, 'i');
}

const lists = (patterns: readonly (readonly string[])[] | undefined): RegExp[][] => (patterns ?? []).map((all) => all.map(compile));

const kinds: CompiledKind[] = detectionData.kinds.map((k) => ({
	kind: k.kind,
	label: k.label,
	claimType: k.claimType,
	when: lists('when' in k ? k.when : undefined),
	inTextOnly: lists('inTextOnly' in k ? k.inTextOnly : undefined),
}));
const ordinary = lists(detectionData.ordinaryText);
const stillClaims = detectionData.stillClaims.map(compile);

/** The diagnostic for a claim found in plain text, as claim-detection.json defines it. */
export const plainTextFinding = detectionData.finding as { code: string; severity: 'warning' | 'error'; message: string };

/** The element type of a text block and the property holding its rich text. */
export const RICH_TEXT_BLOCK_KEY = detectionData.richTextBlock.elementTypeKey.toLowerCase();
export const RICH_TEXT_PROPERTY = detectionData.richTextBlock.property;

const allMatch = (sentence: string) => (all: readonly RegExp[]) => all.every((p) => p.test(sentence));

/** The first kind of claim the sentence (or heading) makes, or null when it makes none. */
export function matchSentence(sentence: string, isHeading = false): ClaimKind | null {
	if (ordinary.some(allMatch(sentence)) && !stillClaims.some((p) => p.test(sentence))) return null;
	const found = kinds.find((k) => k.when.some(allMatch(sentence)) || (!isHeading && k.inTextOnly.some(allMatch(sentence))));
	return found ? { kind: found.kind, label: found.label, claimType: found.claimType } : null;
}

const ENDS = '.!?';
const CLOSERS = '"\u201d\u2019)';
const OPENERS = '"\u201c(';
const isWhiteSpace = (c: string) => /\s/.test(c);
const isCapitalOrDigit = (c: string | undefined) => c !== undefined && /[A-Z0-9]/.test(c);

/**
 * Splits a paragraph at sentence ends: '.', '!' or '?' (and an optional closing quote or bracket), then spaces, then a
 * capital, a digit, or an opening quote or bracket before one. One pass, as the C# Sentences.Split.
 */
export function splitSentences(paragraph: string): string[] {
	const sentences: string[] = [];
	const add = (text: string) => {
		const s = text.trim();
		if (s !== '') sentences.push(s);
	};
	let start = 0;
	let i = 0;
	while (i < paragraph.length) {
		if (!isWhiteSpace(paragraph[i])) {
			i++;
			continue;
		}
		const spaces = i;
		while (i < paragraph.length && isWhiteSpace(paragraph[i])) i++;
		const endsBefore =
			spaces >= 1 && (ENDS.includes(paragraph[spaces - 1]) || (spaces >= 2 && CLOSERS.includes(paragraph[spaces - 1]) && ENDS.includes(paragraph[spaces - 2])));
		const startsAt =
			i < paragraph.length && (isCapitalOrDigit(paragraph[i]) || (OPENERS.includes(paragraph[i]) && isCapitalOrDigit(paragraph[i + 1])));
		if (endsBefore && startsAt) {
			add(paragraph.slice(start, spaces));
			start = i;
		}
	}
	add(paragraph.slice(start));
	return sentences;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^>]*>/g;
const BLOCK_TAG = /^(p|li|h[1-6]|blockquote|div|br|ul|ol|table|tr|td|th|section|article|figcaption|dd|dt|hr)$/;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018',
	rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
	});
}

/**
 * The text of each paragraph, list item and heading in rich text markup. Block-level tags end a paragraph; other tags
 * (strong, a, ...) are dropped. The same plain tokenizer as the C# PlainTextStatements.Paragraphs.
 */
export function paragraphs(markup: string): { text: string; isHeading: boolean }[] {
	const out: { text: string; isHeading: boolean }[] = [];
	let text = '';
	let heading = false;
	const end = () => {
		const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
		if (clean !== '') out.push({ text: clean, isHeading: heading });
		text = '';
	};
	let at = 0;
	for (const tag of markup.matchAll(TAG)) {
		text += markup.slice(at, tag.index);
		at = tag.index + tag[0].length;
		const name = tag[2].toLowerCase();
		if (BLOCK_TAG.test(name)) {
			end();
			heading = tag[1] === '' && /^h[1-6]$/.test(name);
		}
	}
	text += markup.slice(at);
	end();
	return out;
}

/** A rich text value as Umbraco 17 stores it (`{ markup, blocks }`), as its JSON string, or plain markup. */
export function richTextMarkup(value: unknown): string {
	if (typeof value === 'string') {
		if (value.trimStart().startsWith('{')) {
			try {
				return richTextMarkup(JSON.parse(value));
			} catch {
				// Not JSON after all: plain markup, as Umbraco still accepts.
			}
		}
		return value;
	}
	return isRecord(value) && typeof value.markup === 'string' ? value.markup : '';
}

/** The medical claims in the text blocks of an article body, in layout order. */
export function findPlainTextStatements(body: unknown): PlainTextStatement[] {
	const found: PlainTextStatement[] = [];
	let number = 0;
	for (const block of blocksInLayoutOrder(body)) {
		if (block.contentTypeKey.toLowerCase() !== RICH_TEXT_BLOCK_KEY) continue;
		number++;
		for (const { text, isHeading } of paragraphs(richTextMarkup(invariantValue(block, RICH_TEXT_PROPERTY)))) {
			for (const sentence of isHeading ? [text] : splitSentences(text)) {
				const kind = matchSentence(sentence, isHeading);
				if (kind) found.push({ block: number, blockKey: block.key, sentence, kind });
			}
		}
	}
	return found;
}
