/** The shared case table (tests/claim-cases/cases.json): the C# ClaimChecker runs the same table. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticle, ruleCodes, type CitationMap, type CheckOptions, type ReviewInfo } from '../../src/claims/index.js';

interface ExpectedFinding {
	code: string;
	severity: string;
	claim: number | null;
	citation: string | null;
	message: string;
}

interface ClaimCase {
	name: string;
	note?: string;
	body: unknown;
	citations: CitationMap;
	review: ReviewInfo;
	treatment?: string;
	today: string;
	options?: CheckOptions;
	expected: ExpectedFinding[];
}

const casesPath = fileURLToPath(new URL('../../../../tests/claim-cases/cases.json', import.meta.url));
const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as ClaimCase[];

describe('claim case table', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const { findings } = checkArticle({
			body: c.body,
			citations: c.citations,
			review: c.review,
			treatment: c.treatment,
			today: c.today,
			options: c.options,
		});
		const actual = findings.map(({ code, severity, claim, citation, message }) => ({
			code,
			severity,
			claim,
			citation,
			message,
		}));
		expect(actual).toEqual(c.expected);
	});
});

describe('the table itself', () => {
	it('covers every rule code in claim-rules.json', () => {
		const covered = new Set(cases.flatMap((c) => c.expected.map((e) => e.code)));
		expect([...covered].sort()).toEqual([...ruleCodes].sort());
	});

	it('covers CK0303 for both unpublished and trashed citations', () => {
		const states = new Set(
			cases.flatMap((c) =>
				c.expected.filter((e) => e.code === 'CK0303').map((e) => c.citations[e.citation ?? '']?.state),
			),
		);
		expect(states).toEqual(new Set(['unpublished', 'trashed']));
	});

	it('has a body as a JSON string, a lowercase "layout", the error option and a clean article', () => {
		expect(cases.some((c) => typeof c.body === 'string' && c.body.includes('contentData'))).toBe(true);
		expect(cases.some((c) => typeof c.body === 'object' && c.body !== null && 'layout' in c.body)).toBe(true);
		expect(cases.some((c) => c.options?.reviewOverdueIsError && c.expected.some((e) => e.severity === 'error'))).toBe(true);
		expect(cases.some((c) => c.expected.length === 0 && /clean/.test(c.name))).toBe(true);
	});

	it('has unique case names', () => {
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
	});
});
