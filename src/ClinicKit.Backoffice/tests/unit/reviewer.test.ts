/** The Claims tab names the reviewer the article picks, as ClinicKit.Content's ReviewerPicks reads the pick. */
import { describe, expect, it } from 'vitest';
import { reviewerOf, storedPickText } from '../../src/umbraco/reviewer.js';
import type { ContentSource, DocumentSnapshot } from '../../src/umbraco/content-source.js';
import { Citations, fakeSource, Keys, pickReviewer, Reviewers } from '../fixtures/ketamine.js';

const demo = 'de7e0000-0000-4000-8000-0000000000d3';

/** The fixtures' tree, with a demo reviewer and a trashed one added. */
function source(): ContentSource {
	const base = fakeSource();
	const extra: Record<string, DocumentSnapshot> = {
		[demo]: { key: demo, name: 'Dr. Morgan Placeholder (demo data)', documentTypeKey: Keys.reviewer, isTrashed: false, values: [{ alias: 'isDemo', culture: null, segment: null, value: true } as never] },
		[Citations.berman]: { key: Citations.berman, name: 'Berman et al. 2000', documentTypeKey: '23cd4961-ba5d-4dd8-b325-e926d9c98fae', isTrashed: false, values: [] },
	};
	return { ...base, document: async (key: string) => extra[key] ?? (await base.document(key)) };
}

describe('the reviewer an article picks', () => {
	it.each([
		['a reviewer in the people library', pickReviewer(Reviewers.hart.key), { name: Reviewers.hart.name, isDemo: false }],
		['the demo reviewer, marked as demo data', pickReviewer(demo), { name: 'Dr. Morgan Placeholder (demo data)', isDemo: true }],
		['a citation, which is not a reviewer: the pick as stored', pickReviewer(Citations.berman), { name: `umb://document/${Citations.berman.replace(/-/g, '')}`, isDemo: false }],
		['a document that does not exist: the pick as stored', pickReviewer('99999999-9999-4999-8999-999999999999'), { name: 'umb://document/99999999999949998999999999999999', isDemo: false }],
		['a stored UDI, as uSync writes it', `umb://document/${Reviewers.berg.key.replace(/-/g, '')}`, { name: Reviewers.berg.name, isDemo: false }],
		['nothing picked', [], { name: '', isDemo: false }],
		['no value at all', undefined, { name: '', isDemo: false }],
	])('%s', async (_, value, expected) => {
		expect(await reviewerOf(value, source())).toEqual(expected);
	});

	it('is stored as comma-separated document UDIs, which is all the publish guard asks about', () => {
		expect(storedPickText(pickReviewer(Reviewers.hart.key))).toBe(`umb://document/${Reviewers.hart.key.replace(/-/g, '')}`);
		expect(storedPickText([])).toBe('');
	});
});
