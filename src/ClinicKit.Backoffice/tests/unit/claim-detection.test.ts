/**
 * Claim detection (claim-detection.json) measured on tests/claim-detection-cases/cases.json, with the floors the C#
 * ClaimDetectionTests use: both implementations read the same rules and must catch the same kinds of claim.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlainTextStatements, matchSentence, paragraphs, splitSentences } from '../../src/claims/index.js';

interface DetectionCase {
	sentence: string;
	kind: string | null;
}

const casesPath = fileURLToPath(new URL('../../../../tests/claim-detection-cases/cases.json', import.meta.url));
const table = JSON.parse(readFileSync(casesPath, 'utf8')) as DetectionCase[];

describe('claim detection on the case table', () => {
	it('catches at least 90% of the claims, and at least 70% of what it flags is a claim', () => {
		const flagged = table.filter((c) => matchSentence(c.sentence) !== null);
		const claims = table.filter((c) => c.kind !== null);
		const caught = flagged.filter((c) => c.kind !== null);
		expect(caught.length / claims.length).toBeGreaterThanOrEqual(0.9);
		expect(caught.length / flagged.length).toBeGreaterThanOrEqual(0.7);
	});

	it.each(['efficacy', 'onset', 'durability', 'safety', 'regulatory', 'comparison', 'statistic', 'mechanism', 'cure'])(
		'catches at least 85% of the %s claims',
		(kind) => {
			const ofKind = table.filter((c) => c.kind === kind);
			expect(ofKind.length).toBeGreaterThanOrEqual(10);
			const missed = ofKind.filter((c) => matchSentence(c.sentence) === null).map((c) => c.sentence);
			expect((ofKind.length - missed.length) / ofKind.length, missed.join(' | ')).toBeGreaterThanOrEqual(0.85);
		},
	);
});

describe('ordinary article text', () => {
	it.each([
		'If you are thinking about suicide, call or text 988 any time, day or night.',
		'Please bring a photo ID and your insurance card to your first visit.',
		'Our clinic is open Monday to Friday, 8am to 6pm.',
		'How many sessions will I need, and how will my progress be measured?',
		'Ask your clinician what the plan is if things do not change.',
	])('"%s" is not a claim', (sentence) => {
		expect(matchSentence(sentence)).toBeNull();
	});

	it('a heading that names a section is not a claim, the same words in a sentence are', () => {
		expect(matchSentence('Side effects and supervision', true)).toBeNull();
		expect(matchSentence('Side effects are common in the first hour.', false)?.kind).toBe('safety');
	});
});

describe('reading a text block', () => {
	it('splits sentences as the C# splitter does', () => {
		expect(splitSentences('It works. 65% improved!  "Really?" (Yes.) Done')).toEqual(['It works.', '65% improved!', '"Really?"', '(Yes.)', 'Done']);
		expect(splitSentences('Dr. smith arrived. e.g. this')).toEqual(['Dr. smith arrived. e.g. this']);
	});

	it('reads paragraphs, list items and headings, decoding entities and dropping inline tags', () => {
		expect(paragraphs('<h2>A &amp; B</h2><p>One <strong>two</strong>.</p><ul><li>Three&#8217;s</li></ul>')).toEqual([
			{ text: 'A & B', isHeading: true },
			{ text: 'One two.', isHeading: false },
			{ text: 'Three\u2019s', isHeading: false },
		]);
	});

	it('numbers text blocks among text blocks only, in layout order, and skips blocks not in the layout', () => {
		const text = (key: string, markup: string) => ({
			contentTypeKey: '76848c00-e446-4a0f-89b1-9a0b5a1e3731',
			key,
			values: [{ alias: 'text', culture: null, segment: null, value: { markup, blocks: null } }],
		});
		const claim = { contentTypeKey: 'd40032df-5b93-4a26-a1dd-b407cf0954cf', key: 'c', values: [] };
		const body = {
			contentData: [text('b', '<p>Ketamine cures depression.</p>'), claim, text('a', '<p>Free parking.</p>'), text('x', '<p>It is 100% safe.</p>')],
			Layout: { 'Umbraco.BlockList': [{ contentKey: 'a' }, { contentKey: 'c' }, { contentKey: 'b' }] },
		};
		expect(findPlainTextStatements(body).map((s) => [s.block, s.blockKey, s.sentence, s.kind.kind])).toEqual([
			[2, 'b', 'Ketamine cures depression.', 'cure'],
		]);
	});
});
