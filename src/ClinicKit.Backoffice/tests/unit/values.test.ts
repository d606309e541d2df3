import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/claims/rules.js';
import {
	dateText,
	documentUdi,
	localToday,
	normalizeGuid,
	pickedDocumentKeys,
	propertyValue,
	toStoredBlockValue,
	toStoredPickerValue,
} from '../../src/umbraco/values.js';

const BERMAN = '26e1bd3e-8483-4e53-9bfd-7c3b6780434f';
const ZARATE = 'a4fd3f0f-cad9-4c16-bf0f-fae26bf52393';
const CLAIM_BLOCK = 'd40032df-5b93-4a26-a1dd-b407cf0954cf';
const SAFETY_BLOCK = '5afe1b10-c15a-4e7d-9b3e-2f1a6c0d4e15';

describe('picker values', () => {
	it('reads document keys from every shape a picker value takes', () => {
		expect(pickedDocumentKeys(BERMAN)).toEqual([BERMAN]);
		expect(pickedDocumentKeys(BERMAN.toUpperCase())).toEqual([BERMAN]);
		expect(pickedDocumentKeys(documentUdi(BERMAN))).toEqual([BERMAN]);
		expect(pickedDocumentKeys(`${documentUdi(BERMAN)}, ${documentUdi(ZARATE)}`)).toEqual([BERMAN, ZARATE]);
		expect(pickedDocumentKeys([{ type: 'document', unique: ZARATE }, { unique: BERMAN }])).toEqual([ZARATE, BERMAN]);
		expect(pickedDocumentKeys([{ type: 'media', unique: ZARATE }])).toEqual([]);
		expect(pickedDocumentKeys(`umb://media/${ZARATE.replace(/-/g, '')}`)).toEqual([]);
		expect(pickedDocumentKeys(null)).toEqual([]);
		expect(pickedDocumentKeys('')).toEqual([]);
	});

	it('turns the backoffice picker references into the stored UDIs', () => {
		expect(toStoredPickerValue([{ type: 'document', unique: BERMAN }])).toEqual([documentUdi(BERMAN)]);
		expect(toStoredPickerValue([{ unique: ZARATE.toUpperCase() }])).toEqual([documentUdi(ZARATE)]);
		expect(toStoredPickerValue('umb://document/abc')).toBe('umb://document/abc');
		expect(toStoredPickerValue(['Efficacy'])).toEqual(['Efficacy']);
		expect(toStoredPickerValue([])).toEqual([]);
	});

	it('normalises GUIDs', () => {
		expect(normalizeGuid(BERMAN.replace(/-/g, ''))).toBe(BERMAN);
		expect(normalizeGuid('not-a-guid')).toBeUndefined();
	});
});

describe('a body as the backoffice holds it audits like the stored body', () => {
	const blockKey = '37cd2116-8926-4187-8e60-c0ba2426f0fd';
	const backoffice = {
		layout: { 'Umbraco.BlockList': [{ contentKey: blockKey, settingsKey: null }] },
		contentData: [
			{
				key: blockKey,
				contentTypeKey: CLAIM_BLOCK,
				values: [
					{ alias: 'statement', culture: null, segment: null, value: 'Ketamine can ease depressive symptoms within hours.', editorAlias: 'Umbraco.TextBox' },
					{ alias: 'citations', culture: null, segment: null, value: [{ type: 'document', unique: BERMAN }, { type: 'document', unique: ZARATE }] },
					{ alias: 'claimType', culture: null, segment: null, value: ['Onset'] },
					{ alias: 'evidenceStrength', culture: null, segment: null, value: ['Small or early clinical study'] },
					{ alias: 'qualifier', culture: null, segment: null, value: '' },
				],
			},
		],
		settingsData: [],
		expose: [{ contentKey: blockKey, culture: null, segment: null }],
	};

	it('converts the picker value and keeps the rest', () => {
		const stored = toStoredBlockValue(backoffice) as typeof backoffice;
		expect(stored.contentData[0].values[1].value).toEqual([documentUdi(BERMAN), documentUdi(ZARATE)]);
		expect(stored.contentData[0].values[2].value).toEqual(['Onset']);
		expect(stored.layout).toEqual(backoffice.layout);
	});

	it('converts the picker values of claim blocks nested in a safety block', () => {
		const safety = {
			layout: { 'Umbraco.BlockList': [{ contentKey: 'safety-1', settingsKey: null }] },
			contentData: [
				{ key: 'safety-1', contentTypeKey: SAFETY_BLOCK, values: [{ alias: 'risks', culture: null, segment: null, value: backoffice }] },
			],
			settingsData: [],
			expose: [],
		};
		const { claims, findings } = checkArticle({
			body: toStoredBlockValue(safety),
			citations: {
				[BERMAN]: { title: 'Antidepressant effects of ketamine in depressed patients', state: 'published' as const },
				[ZARATE]: { title: 'A randomized trial of an N-methyl-D-aspartate antagonist', state: 'published' as const },
			},
			review: { reviewedBy: 'Dr. Amelia Hart, MD', lastReviewed: '2025-11-14', nextReviewDue: '2026-11-14' },
			today: '2026-03-01',
		});
		expect(claims.map((c) => [c.safetySection, c.citations.map((x) => x.key)])).toEqual([['risks', [BERMAN, ZARATE]]]);
		expect(findings.filter((f) => f.code === 'CK0301' || f.code === 'CK0302')).toEqual([]);
	});

	it('gives the findings the stored value would give', () => {
		const citations = {
			[BERMAN]: { title: 'Antidepressant effects of ketamine in depressed patients', state: 'published' as const },
		};
		const { findings } = checkArticle({
			body: toStoredBlockValue(backoffice),
			citations,
			review: { reviewedBy: 'Dr. Amelia Hart, MD', lastReviewed: '2025-11-14', nextReviewDue: '2026-11-14' },
			today: '2026-03-01',
		});
		expect(findings.map((f) => [f.code, f.citation, f.blockKey])).toEqual([
			['CK0302', ZARATE, blockKey],
			['CK0305', null, blockKey],
		]);
	});
});

describe('other values', () => {
	it('reads date pickers as text', () => {
		expect(dateText('2025-11-14 00:00:00')).toBe('2025-11-14 00:00:00');
		expect(dateText({ date: '2025-11-14' })).toBe('2025-11-14');
		expect(dateText(null)).toBe('');
	});

	it('prefers the invariant value of a property', () => {
		const values = [
			{ alias: 'title', culture: 'da-DK', segment: null, value: 'Dansk' },
			{ alias: 'title', culture: null, segment: null, value: 'English' },
		];
		expect(propertyValue(values, 'title')).toBe('English');
		expect(propertyValue(values.slice(0, 1), 'title')).toBe('Dansk');
		expect(propertyValue(undefined, 'title')).toBeUndefined();
	});

	it("gives today's local date as yyyy-MM-dd", () => {
		expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
