// What a marketer sees, view by view. Each test opens a path of the test page (tests/browser/app).
import assert from 'node:assert/strict';

const KETAMINE = 'a11ce000-0000-4000-8000-00000000000a';
const CLINIC_PAGE = 'c1111111-0000-4000-8000-000000000001';
const SIDE_EFFECTS_BLOCK = '5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e04';
const workspace = (key, view) => `/umbraco/section/content/workspace/document/edit/${key}/invariant/view/${view}`;

/** @param {import('playwright-core').Locator} l */
const text = async (l) => (await l.innerText()).replace(/\s+/g, ' ').trim();
/** @param {import('playwright-core').Locator} l */
const texts = async (l) => (await l.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** @type {Array<{ name: string, path: string, screenshot?: string, run: (page: import('playwright-core').Page, t: { axe: () => Promise<unknown> }) => Promise<void> }>} */
export const tests = [
	{
		name: 'Claims tab: every claim with its numbered sources, evidence and what needs fixing',
		path: workspace(KETAMINE, 'clinickit-claims'),
		screenshot: 'claims-tab',
		async run(page, { axe }) {
			const rows = page.locator('clinickit-claims-table uui-table-row.claim');
			await rows.nth(4).waitFor();
			assert.equal(await rows.count(), 5);
			assert.deepEqual(await texts(page.locator('clinickit-claims-table uui-box').first().locator('uui-tag')), ['3 errors', '3 warnings']);
			assert.equal(await text(page.locator('clinickit-claims-table .summary')), '5 claims · 7 sources cited');
			assert.equal(
				await text(page.locator('clinickit-claims-table .review')),
				'Medically reviewed by Dr. Amelia Hart, MD on Mar 14, 2025 · Next review due Feb 14, 2026',
			);
			assert.deepEqual(await texts(page.locator('clinickit-claims-table uui-box').first().locator('.finding')), [
				'The medical review was due on Feb 14, 2026. Review the article and record the new review dates.',
			]);

			const first = rows.nth(0);
			assert.equal(await text(first.locator('.statement')), 'Ketamine can ease depressive symptoms within hours of a single infusion.[1, 2]');
			assert.equal(await text(first.locator('.qualifier')), 'Qualifier: The effect of one infusion usually fades within about a week.');
			assert.deepEqual(await texts(first.locator('.ref-number')), ['1', '2']);
			assert.deepEqual(await texts(first.locator('.source a')), [
				'Antidepressant effects of ketamine in depressed patients',
				'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
			]);
			assert.equal(await text(first.locator('.source-line').first()), 'Berman RM et al. · Biological Psychiatry · 2000');
			assert.equal(await text(first.locator('.col-problems')), 'No problems found');
			assert.equal(await text(first.locator('.col-evidence')), 'Onset Randomized controlled trial');

			const third = rows.nth(2);
			assert.deepEqual(await texts(third.locator('.ref-number')), ['4', '5']);
			assert.deepEqual(await texts(third.locator('.source uui-tag')), ['In recycle bin', 'Does not exist']);
			assert.deepEqual(await texts(third.locator('.finding')), [
				'Publish "Side-effects associated with ketamine use in depression: a systematic review", or pick a published source instead.',
				'A citation that was deleted is still picked: remove it from the sources, or pick another source.',
			]);
			assert.deepEqual(await texts(rows.nth(3).locator('.finding')), [
				'Add a qualifier that says what the limited evidence can and cannot show.',
			]);
			assert.deepEqual(await texts(rows.nth(4).locator('.finding')), [
				'Publish "Single, repeated, and maintenance ketamine infusions for treatment-resistant depression: a randomized controlled trial", or pick a published source instead.',
				'Choose a claim type and an evidence strength.',
			]);
			assert.deepEqual(await texts(rows.locator('uui-button')), Array(5).fill('Go to block'));
			await axe();
		},
	},
	{
		name: 'Claims tab: "Go to block" opens the Content view and highlights that claim block',
		path: workspace(KETAMINE, 'clinickit-claims'),
		async run(page) {
			const row = page.locator('clinickit-claims-table uui-table-row.claim').nth(2);
			await row.waitFor();
			await row.locator('uui-button').click();
			await page.waitForFunction((p) => location.pathname === p, workspace(KETAMINE, 'content'));
			const highlighted = page.locator('clinickit-claim-preview[highlighted]');
			await highlighted.waitFor();
			assert.equal(await highlighted.count(), 1);
			assert.equal(await highlighted.locator('.badge').textContent(), 'Claim 3');
			assert.equal(
				await page.locator('clinickit-claim-block-view', { has: highlighted }).evaluate((e) => e.contentKey),
				SIDE_EFFECTS_BLOCK,
			);
			assert.deepEqual(await page.evaluate(() => window.ckEvents), [`go-to-block:${SIDE_EFFECTS_BLOCK}`]);
		},
	},
	{
		name: 'Claim block previews: number among claims, statement, reference numbers and sources',
		path: workspace(KETAMINE, 'content'),
		screenshot: 'block-previews',
		async run(page, { axe }) {
			const previews = page.locator('clinickit-claim-preview');
			await previews.nth(4).locator('.sources li').first().waitFor();
			assert.equal(await previews.count(), 5);
			assert.deepEqual(await previews.locator('.badge').allTextContents(), ['Claim 1', 'Claim 2', 'Claim 3', 'Claim 4', 'Claim 5']);
			const first = previews.nth(0);
			assert.equal(await text(first.locator('.statement')), 'Ketamine can ease depressive symptoms within hours of a single infusion.[1, 2]');
			assert.equal(await text(first.locator('.qualifier')), 'The effect of one infusion usually fades within about a week.');
			assert.deepEqual(await texts(first.locator('.sources li')), [
				'1 Antidepressant effects of ketamine in depressed patients — Berman RM et al. · Biological Psychiatry · 2000',
				'2 A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression — Zarate CA Jr et al. · Archives of General Psychiatry · 2006',
			]);
			assert.equal(await first.locator('a.card').getAttribute('href'), '#edit-block');
			assert.equal(await first.locator('.problems').count(), 0);
			// The CTA block between claims 2 and 3 does not count; sources keep their article-wide numbers.
			const third = previews.nth(2);
			assert.equal(await text(third.locator('.statement')), 'Side effects such as dissociation usually pass within two hours.[4, 5]');
			assert.deepEqual(await texts(third.locator('.sources uui-tag')), ['In recycle bin', 'Does not exist']);
			assert.equal(await text(third.locator('.problems')), '2 problems');
			assert.equal(await text(previews.nth(4).locator('.statement')), 'Repeated infusions can extend the benefit.[7, 1]');
			assert.equal(await page.locator('clinickit-cta-preview').count(), 1);
			await axe();
		},
	},
	{
		name: 'CTA previews: clinic tokens stay visible as tokens, not replaced',
		path: '/test/cta-previews',
		screenshot: 'cta-previews',
		async run(page, { axe }) {
			const ctas = page.locator('clinickit-cta-preview');
			await ctas.nth(1).locator('.heading').waitFor();
			const primary = ctas.nth(0);
			assert.equal(await text(primary.locator('.heading')), 'Talk to {{clinic.name}} about ketamine treatment');
			assert.deepEqual(await texts(primary.locator('.token')), ['{{clinic.name}}', '{{clinic.phone}}', '{{clinic.city}}', '{{clinic.bookingUrl}}']);
			assert.equal(await primary.locator('.token').first().getAttribute('title'), 'Clinic token {{clinic.name}}');
			assert.equal(await text(primary.locator('.button')), 'Book an assessment');
			assert.equal(await text(primary.locator('.link')), 'Links to {{clinic.bookingUrl}}');
			assert.equal(await text(primary.locator('.link .token')), '{{clinic.bookingUrl}}');
			assert.equal(await text(primary.locator('.hint')), 'Clinic tokens are filled in for each clinic when the page is shown.');
			assert.match(await primary.locator('.card').getAttribute('class'), /\bprimary\b/);
			const subtle = ctas.nth(1);
			assert.match(await subtle.locator('.card').getAttribute('class'), /\bsubtle\b/);
			assert.deepEqual(await texts(subtle.locator('.token')), ['{{clinic.name}}', '{{clinic.email}}']);
			assert.equal(await text(subtle.locator('.link')), 'No link picked');
			await axe();
		},
	},
	{
		name: 'Clinics dashboard: each clinic, the library articles it reuses, review dates and audit',
		path: '/umbraco/section/content/dashboard/clinickit-clinics',
		screenshot: 'clinics-dashboard',
		async run(page, { axe }) {
			const boxes = page.locator('clinickit-clinics-table uui-box[data-clinic]');
			await boxes.nth(2).waitFor();
			assert.deepEqual(
				await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('headline'))),
				['Harbor Mind Clinic', 'Northside Ketamine Center', 'Lakeview Wellness'],
			);
			assert.equal(await text(page.locator('clinickit-clinics-table .summary')), '3 clinic sites · 3 library articles reused');
			const harbor = boxes.nth(0).locator('uui-table-row');
			assert.equal(await harbor.count(), 3);
			const ketamine = harbor.nth(0).locator('uui-table-cell');
			assert.deepEqual(await texts(ketamine), [
				'Ketamine for treatment-resistant depression',
				'Mar 14, 2025',
				'Feb 14, 2026 Review overdue',
				'3 errors 3 warnings',
				'Northside Ketamine Center',
				'Edit clinic page',
			]);
			assert.deepEqual(await texts(harbor.nth(1).locator('uui-table-cell')), [
				'Esketamine nasal spray: what to know',
				'Sep 2, 2025',
				'Sep 2, 2026',
				'No problems found',
				'Only this clinic',
				'Edit clinic page',
			]);
			assert.equal(await boxes.nth(1).locator('uui-table-row').count(), 2);
			assert.equal(await text(boxes.nth(1).locator('uui-table-row').nth(0).locator('uui-table-cell').nth(4)), 'Harbor Mind Clinic');
			assert.equal(await text(boxes.nth(2).locator('p.muted')), 'This clinic shows no library articles yet.');
			await axe();
		},
	},
	{
		name: "Claims tab on a clinic page: the library article's claims, opened in the library",
		path: workspace(CLINIC_PAGE, 'clinickit-claims'),
		screenshot: 'claims-tab-clinic-page',
		async run(page, { axe }) {
			const rows = page.locator('clinickit-claims-table uui-table-row.claim');
			await rows.nth(4).waitFor();
			assert.equal(
				await page.locator('clinickit-claims-table uui-box').nth(1).getAttribute('headline'),
				'Claims in the library article "Ketamine for treatment-resistant depression"',
			);
			assert.deepEqual(await texts(rows.locator('uui-button')), Array(5).fill('Open in library'));
			await axe();
			await rows.nth(0).locator('uui-button').click();
			await page.waitForFunction((h) => location.hash === h, `#edit/${KETAMINE}`);
		},
	},
	{
		name: 'Claims tab on an article without claims: nothing to fix, and how to add one',
		path: '/test/claims-clean',
		async run(page, { axe }) {
			const empty = page.locator('clinickit-claims-table uui-box p.muted');
			await empty.waitFor();
			assert.match(await text(empty), /^This article has no claim blocks yet\./);
			assert.deepEqual(await texts(page.locator('clinickit-claims-table uui-box').first().locator('uui-tag')), ['No problems found']);
			await axe();
		},
	},
];
