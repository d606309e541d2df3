/** "Make this a claim" on the block list value the backoffice edits, and what the Claims tab then audits. */
import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../src/claims/view-model.js';
import { canMakeClaim, makeClaim, removeSentence } from '../../src/claims/make-claim.js';
import { blocksInLayoutOrder, findPlainTextStatements, readClaims } from '../../src/claims/index.js';

const TEXT = '76848c00-e446-4a0f-89b1-9a0b5a1e3731';

const textBlock = (key: string, markup: string) => ({
	key,
	contentTypeKey: TEXT,
	values: [{ editorAlias: 'Umbraco.RichText', alias: 'text', culture: null, segment: null, value: { markup, blocks: null } }],
});

/** A body in the backoffice's shape (`layout`), as the document workspace holds it. */
const body = (...blocks: ReturnType<typeof textBlock>[]) => ({
	contentData: blocks,
	settingsData: [],
	expose: blocks.map((b) => ({ contentKey: b.key, culture: null, segment: null })),
	layout: { 'Umbraco.BlockList': blocks.map((b) => ({ contentKey: b.key })) },
});

const markupOf = (value: unknown, key: string) =>
	((value as ReturnType<typeof body>).contentData.find((b) => b.key === key)?.values[0].value as { markup: string }).markup;

describe('make this a claim', () => {
	it('moves the sentence into a claim block right after its text block, with the claim type detected', () => {
		const before = body(
			textBlock('a', '<p>Book online. Ketamine lifts depression within hours for most people. Parking is free.</p>'),
			textBlock('b', '<p>Bring your ID.</p>'),
		);
		const [statement] = findPlainTextStatements(before);
		const after = makeClaim(before, { blockKey: 'a', sentence: statement.sentence, claimType: statement.kind.claimType, newKey: 'n' })!;

		expect(markupOf(after, 'a')).toBe('<p>Book online. Parking is free.</p>');
		expect(blocksInLayoutOrder(after).map((b) => b.key)).toEqual(['a', 'n', 'b']);
		expect(readClaims(after).map((c) => [c.statement, c.claimType, c.citations.length])).toEqual([
			['Ketamine lifts depression within hours for most people.', 'Onset', 0],
		]);
		expect(findPlainTextStatements(after)).toEqual([]);
		expect((after.expose as { contentKey: string }[]).map((e) => e.contentKey)).toEqual(['a', 'b', 'n']);
	});

	it('the new claim then asks for a source, and the plain-text warning is gone', () => {
		const before = body(textBlock('a', '<p>Ketamine cures depression.</p>'));
		const after = makeClaim(before, { blockKey: 'a', sentence: 'Ketamine cures depression.', claimType: 'Efficacy', newKey: 'n' });
		const audit = auditArticle({ body: after, details: {}, today: '2026-06-01' });
		expect(audit.statements).toEqual([]);
		expect(audit.claims[0].findings.map((f) => f.code)).toEqual(['CK0301', 'CK0306']);
	});

	it('a paragraph left empty is removed, the rest of the block stays', () => {
		expect(removeSentence('<h2>Speed</h2><p>It works in hours.</p><p>Call us.</p>', 'It works in hours.')).toBe('<h2>Speed</h2><p>Call us.</p>');
		expect(removeSentence('<ul><li>Safe &amp; gentle.</li><li>Open daily.</li></ul>', 'Safe & gentle.')).toBe('<ul><li>Open daily.</li></ul>');
	});

	it.each([
		['a sentence split by formatting', '<p>Ketamine is <strong>completely</strong> safe.</p>', 'Ketamine is completely safe.'],
		['a sentence that is not in the block', '<p>Call us.</p>', 'Ketamine is safe.'],
	])('is not offered for %s (the body is left as it is)', (_name, markup, sentence) => {
		const before = body(textBlock('a', markup));
		expect(canMakeClaim(before, 'a', sentence)).toBe(false);
		expect(makeClaim(before, { blockKey: 'a', sentence, claimType: 'Safety', newKey: 'n' })).toBeUndefined();
	});

	it('the Claims tab lists each statement with whether it can be moved', () => {
		const audit = auditArticle({
			body: body(textBlock('a', '<p>Side effects are mild for most patients.</p><p>It is <em>100%</em> safe.</p>')),
			details: {},
			today: '2026-06-01',
		});
		expect(audit.statements.map((s) => [s.sentence, s.kind.kind, s.canMakeClaim])).toEqual([
			['Side effects are mild for most patients.', 'safety', true],
			['It is 100% safe.', 'safety', false],
		]);
		expect(audit.articleFindings).toEqual([]);
		expect(audit.warnings).toBe(2);
	});
});
