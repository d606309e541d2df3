import { describe, expect, it } from 'vitest';
import { clinicRows, reusedArticleCount } from '../../src/clinics/clinic-model.js';
import { loadClinics } from '../../src/clinics/load-clinics.js';
import { referenceNumbers } from '../../src/claims/view-model.js';
import { readClaims } from '../../src/claims/rules.js';
import { auditArticleValues } from '../../src/umbraco/article-audit.js';
import { toStoredBlockValue } from '../../src/umbraco/values.js';
import { ArticleKeys, articleBody, BlockKeys, Citations, fakeSource, ketamineArticleValues } from '../fixtures/ketamine.js';

describe('the Claims tab audit of a ketamine article', () => {
	it('numbers claims among claim blocks and references by first citation', async () => {
		const claims = readClaims(toStoredBlockValue(articleBody()));
		expect(claims.map((c) => [c.number, c.blockKey])).toEqual([
			[1, BlockKeys.rapid],
			[2, BlockKeys.suicidal],
			[3, BlockKeys.sideEffects],
			[4, BlockKeys.mechanism],
			[5, BlockKeys.fades],
		]);
		expect([...referenceNumbers(claims)]).toEqual([
			[Citations.berman, 1],
			[Citations.zarate, 2],
			[Citations.wilkinson, 3],
			[Citations.short, 4],
			[Citations.missing, 5],
			[Citations.li, 6],
			[Citations.phillips, 7],
		]);
	});

	it('flags what a marketer must fix, claim by claim, then the review', async () => {
		const { audit, review } = await auditArticleValues(ketamineArticleValues(), fakeSource(), '2026-03-01');
		expect(review).toEqual({ reviewedBy: 'Dr. Amelia Hart, MD', reviewerIsDemo: false, lastReviewed: '2025-03-14', nextReviewDue: '2026-02-14' });
		expect(audit.findings.map((f) => `${f.code} ${f.claim ?? '-'} ${f.severity}`)).toEqual([
			'CK0303 3 error',
			'CK0302 3 error',
			'CK0305 4 warning',
			'CK0303 5 error',
			'CK0306 5 warning',
			'CK0310 - warning',
		]);
		expect(audit.errors).toBe(3);
		expect(audit.warnings).toBe(3);
		const third = audit.claims[2];
		expect(third.citations.map((c) => [c.number, c.state])).toEqual([
			[4, 'trashed'],
			[5, 'missing'],
		]);
		expect(third.findings[0].message).toBe(
			'Claim 3 ("Side effects such as dissociation usually pass within two h…") cites "Side-effects associated with ketamine use in depression: a systematic review", which is not published.',
		);
		expect(audit.articleFindings.map((f) => f.message)).toEqual(['The medical review was due on 2026-02-14 and is overdue.']);
	});
});

describe('the Clinics dashboard', () => {
	it('lists, per clinic site, the library articles it reuses and who else uses them', async () => {
		const rows = await loadClinics(fakeSource(), '2026-03-01');
		expect(rows.map((c) => [c.name, c.articles.map((a) => a.article?.name)])).toEqual([
			['Harbor Mind Clinic', ['Ketamine for treatment-resistant depression', 'Esketamine nasal spray: what to know', 'What to expect at your first infusion']],
			['Northside Ketamine Center', ['Ketamine for treatment-resistant depression', 'What to expect at your first infusion']],
			['Lakeview Wellness', []],
		]);
		const ketamine = rows[0].articles[0];
		expect(ketamine.article).toMatchObject({ key: ArticleKeys.ketamine, errors: 3, warnings: 3, lastReviewed: '2025-03-14', nextReviewDue: '2026-02-14' });
		expect(ketamine.overdue).toBe(true);
		expect(ketamine.alsoUsedBy).toEqual(['Northside Ketamine Center']);
		expect(rows[0].articles[1].alsoUsedBy).toEqual([]);
		expect(rows[0].articles[2].article).toMatchObject({ errors: 0, warnings: 0 });
		expect(reusedArticleCount(rows)).toBe(3);
	});

	it('marks a picked article that no longer exists, and one not picked', () => {
		const rows = clinicRows(
			[{ key: 'c1', name: 'Harbor Mind Clinic', pages: [{ key: 'p1', name: 'Gone', articleKey: 'x' }, { key: 'p2', name: 'Empty' }] }],
			new Map(),
			'2026-03-01',
		);
		expect(rows[0].articles.map((a) => [a.pageName, a.articleMissing, a.overdue])).toEqual([
			['Gone', true, false],
			['Empty', false, false],
		]);
	});
});
