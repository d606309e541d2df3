// What a marketer sees of ClinicKit inside the real Umbraco 17 backoffice, with the shipped demo content
// (uSync/v17). Each test gets a new page of the same browser context (see run.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The first page loads about two thousand modules through Vite; on a busy machine that takes minutes. */
export const BOOT_TIMEOUT_MS = 300_000;

const ARTICLE = 'How Does Ketamine Work for Depression?';
const CLINICS = ['Riverglass Ketamine Care', 'Larkspur Mood Clinic', 'Bluebonnet Lane Clinic'];

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));

/** @param {import('playwright-core').Locator} l */
const text = async (l) => (await l.innerText()).replace(/\s+/g, ' ').trim();
/** @param {import('playwright-core').Locator} l */
const texts = async (l) => (await l.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** The text of an element including its shadow roots (a notification renders its message in one). */
const deepText = (l) =>
	l.evaluate((root) => {
		const parts = [];
		const walk = (node) => {
			if (node.nodeType === 3) parts.push(node.textContent);
			if (node.shadowRoot) walk(node.shadowRoot);
			for (const child of node.childNodes) walk(child);
		};
		walk(root);
		return parts.join(' ').replace(/\s+/g, ' ').trim();
	});

/** @param {import('playwright-core').Page} page */
const treeItem = (page, label) => page.locator(`umb-document-tree-item uui-menu-item[label="${label}"]`).first();

/** Opens the Content section, expands the Article Library in the tree and opens the article. */
async function openArticleFromTree(page, open) {
	await open('/umbraco/section/content');
	const library = treeItem(page, 'Article Library');
	await library.locator('#caret-button').click({ noWaitAfter: true });
	await treeItem(page, ARTICLE).locator('#label-button').click();
	await page.locator('umb-workspace-editor').waitFor();
	// Switching tabs before the Content view has built its tab routes trips a race in the app's own content editor
	// (packages/content/content/workspace/views/edit/content-editor.element.js: "view.provideAt is not a function").
	await page.locator('umb-property-editor-ui-block-list clinickit-claim-preview').first().waitFor();
}

/** Opens a workspace view tab of the open document by its label. */
async function openTab(page, label) {
	await page.locator('umb-workspace-editor uui-tab', { hasText: label }).first().click();
}

/** Fails when anything in the Claims view is wider than the space beside the tree (it would scroll sideways). */
async function assertNoSidewaysScroll(page) {
	const overflow = await page.locator('clinickit-claims-table').evaluate((table) => {
		const box = table.getBoundingClientRect();
		let widest = box.right;
		const walk = (root) => {
			for (const el of root.querySelectorAll('*')) {
				const r = el.getBoundingClientRect();
				if (r.width > 0) widest = Math.max(widest, r.right);
				if (el.shadowRoot) walk(el.shadowRoot);
			}
		};
		walk(table.shadowRoot ?? table);
		return { widest: Math.round(widest), viewport: window.innerWidth, scroll: document.documentElement.scrollWidth };
	});
	assert.ok(overflow.widest <= overflow.viewport, `the Claims view reaches x=${overflow.widest}, past the ${overflow.viewport} px window`);
}

/** @type {Array<{ name: string, screenshot?: string, viewport?: { width: number, height: number }, run: (page: import('playwright-core').Page, t: any) => Promise<void> }>} */
export const tests = [
	{
		name: 'The harness serves the unmodified backoffice at the version package-lock.json pins, with ClinicKit installed',
		screenshot: 'backoffice-content-section',
		async run(page, { open, url }) {
			await open('/umbraco/section/content');
			const appModule = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.find((n) => n.includes('/@umbraco-cms/backoffice/dist-cms/apps/app/app.element.js')),
			);
			assert.ok(appModule, 'the page did not load apps/app/app.element.js from @umbraco-cms/backoffice');
			const served = await (await fetch(appModule.replace(/dist-cms\/apps\/app\/app\.element\.js.*$/, 'package.json'))).json();
			assert.equal(served.name, '@umbraco-cms/backoffice');
			assert.equal(served.version, lock.packages['node_modules/@umbraco-cms/backoffice'].version);
			assert.equal(lock.packages['node_modules/@umbraco-cms/backoffice'].version, '17.1.0');
			const info = await (await fetch(`${url}/umbraco/management/api/v1/server/information`)).json();
			assert.equal(info.version, served.version);
		},
	},
	{
		name: "ClinicKit's manifest registers the Claims view, the claim and CTA block views and the Clinics dashboard",
		async run(page, { open, url }) {
			await open('/umbraco/section/content');
			const schema = await (await fetch(`${url}/__harness/schema`)).json();
			const registered = await page.evaluate(async () => {
				const registryUrl = performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.find((n) => /\/packages\/core\/extension-registry\/index\.js/.test(n));
				const { umbExtensionsRegistry } = await import(/* @vite-ignore */ registryUrl);
				// The backoffice loads ClinicKit's bundle after it starts; wait for the bundle's manifests.
				for (let i = 0; i < 600 && !umbExtensionsRegistry.isRegistered('ClinicKit.Localization.En'); i++) {
					await new Promise((r) => setTimeout(r, 100));
				}
				const all = umbExtensionsRegistry.getAllExtensions();
				const get = (alias) => {
					const m = all.find((e) => e.alias === alias);
					return m ? { type: m.type, forContentTypeAlias: m.forContentTypeAlias, conditions: m.conditions, pathname: m.meta?.pathname } : null;
				};
				return {
					claims: get('ClinicKit.WorkspaceView.Claims'),
					claim: get('ClinicKit.BlockEditorCustomView.Claim'),
					cta: get('ClinicKit.BlockEditorCustomView.Cta'),
					dashboard: get('ClinicKit.Dashboard.Clinics'),
				};
			});
			assert.equal(registered.claims?.type, 'workspaceView', 'the Claims workspace view is not registered');
			const aliases = registered.claims.conditions.find((c) => c.alias === 'Umb.Condition.WorkspaceContentTypeAlias')?.oneOf;
			assert.deepEqual(aliases, [schema.article.usyncAlias, schema.clinicArticle.usyncAlias], 'the Claims view is not shown on the uSync article types');
			assert.equal(registered.claim?.type, 'blockEditorCustomView', 'the claim block view is not registered');
			assert.equal(registered.claim.forContentTypeAlias, schema.claimBlock.usyncAlias);
			assert.equal(registered.cta?.type, 'blockEditorCustomView', 'the CTA block view is not registered');
			assert.equal(registered.cta.forContentTypeAlias, schema.ctaBlock.usyncAlias);
			assert.equal(registered.dashboard?.type, 'dashboard', 'the Clinics dashboard is not registered');
		},
	},
	{
		name: "Claims tab: open an article from the tree; the tab lists the article's claims with their sources",
		screenshot: 'claims-tab',
		async run(page, { open, axe }) {
			await openArticleFromTree(page, open);
			await openTab(page, 'Claims');
			const rows = page.locator('clinickit-claims-table uui-table-row.claim');
			await rows.nth(10).waitFor();
			assert.equal(await rows.count(), 11);
			assert.equal(await text(page.locator('clinickit-claims-table .summary')), '11 claims · 9 sources cited');
			const first = rows.nth(0);
			assert.match(await text(first.locator('.statement')), /^By blocking NMDA receptors, ketamine sets off changes/);
			assert.deepEqual(await texts(first.locator('.source a')), ['Mechanisms of ketamine action as an antidepressant']);
			assert.equal(await text(first.locator('.source-line').first()), 'Zanos P, Gould TD · Molecular Psychiatry · 2018');
			assert.equal(await text(first.locator('.col-problems')), 'No problems found');
			// The shipped article passes clinickit validate, so the marketer's view of it must agree, row by row.
			const problems = await texts(rows.locator('.col-problems'));
			assert.deepEqual(problems, problems.map(() => 'No problems found'));
			assert.equal(await text(page.locator('clinickit-claims-table #status')), 'No problems found');
			assert.deepEqual(await axe(), []);
			await assertNoSidewaysScroll(page);
		},
	},
	{
		name: 'Claims tab fits beside the content tree at 1024 px without sideways scrolling',
		viewport: { width: 1024, height: 800 },
		screenshot: 'claims-tab-1024',
		async run(page, { open }) {
			await openArticleFromTree(page, open);
			await openTab(page, 'Claims');
			await page.locator('clinickit-claims-table uui-table-row.claim').nth(5).waitFor();
			await assertNoSidewaysScroll(page);
		},
	},
	{
		name: "Block list editor: claim and CTA blocks show ClinicKit's previews",
		screenshot: 'block-previews',
		async run(page, { open, axe }) {
			await openArticleFromTree(page, open);
			const previews = page.locator('umb-property-editor-ui-block-list clinickit-claim-preview');
			await previews.nth(6).locator('.statement').waitFor();
			assert.equal(await previews.count(), 7);
			assert.deepEqual(await previews.locator('.badge').allTextContents(), ['Claim 1', 'Claim 2', 'Claim 3', 'Claim 4', 'Claim 5', 'Claim 6', 'Claim 7']);
			assert.deepEqual(await texts(previews.nth(0).locator('.sources li')), [
				'1 Mechanisms of ketamine action as an antidepressant — Zanos P, Gould TD · Molecular Psychiatry · 2018',
			]);
			const cta = page.locator('umb-property-editor-ui-block-list clinickit-cta-preview');
			assert.equal(await cta.count(), 1);
			assert.equal(await text(cta.locator('.heading')), 'Have questions about how ketamine treatment works?');
			assert.deepEqual(await texts(cta.locator('.token')), ['{{clinic.name}}', '{{clinic.phone}}', '{{clinic.city}}', '{{clinic.bookingUrl}}']);
			await previews.nth(5).scrollIntoViewIfNeeded();
			assert.deepEqual(await axe(), []);
		},
	},
	{
		name: "Article image: the image picker shows the picked ClinicKit Image by name, with its thumbnail",
		screenshot: 'article-image',
		async run(page, { open }) {
			await openArticleFromTree(page, open);
			// The card appears before the media item's name arrives (item/media), so wait for the card that carries it.
			const cards = page.locator('umb-property-editor-ui-media-picker uui-card-media');
			const card = cards.and(page.locator('[name="How ketamine works"]'));
			await card.waitFor();
			assert.equal(await cards.count(), 1, 'the article picks one image');
			// The thumbnail is fetched once the card scrolls into view.
			await card.scrollIntoViewIfNeeded();
			const thumbnail = card.locator('img');
			await thumbnail.waitFor();
			assert.ok(await thumbnail.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail did not load');
		},
	},
	{
		name: 'Claims tab: "Go to block" opens the Content view at that claim block',
		screenshot: 'go-to-block',
		async run(page, { open }) {
			await openArticleFromTree(page, open);
			await openTab(page, 'Claims');
			const row = page.locator('clinickit-claims-table uui-table-row.claim').nth(2);
			await row.locator('uui-button').click();
			const highlighted = page.locator('umb-property-editor-ui-block-list clinickit-claim-preview[highlighted]');
			await highlighted.waitFor();
			assert.equal(await highlighted.locator('.badge').textContent(), 'Claim 3');
			assert.match(page.url(), /\/view\/content$/);
			const inView = await highlighted.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return r.top >= 0 && r.bottom <= window.innerHeight + r.height;
			});
			assert.ok(inView, 'the highlighted claim block is not scrolled into view');
		},
	},
	{
		name: 'Clinics dashboard: the three shipped clinics and the library articles each reuses',
		screenshot: 'clinics-dashboard',
		async run(page, { open, axe }) {
			await open('/umbraco/section/content/dashboard/clinickit-clinics');
			const boxes = page.locator('clinickit-clinics-table uui-box[data-clinic]');
			await boxes.nth(2).waitFor();
			assert.deepEqual(
				(await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('headline')))).sort(),
				[...CLINICS].sort(),
			);
			for (let i = 0; i < 3; i++) {
				const rows = boxes.nth(i).locator('uui-table-row');
				assert.ok((await rows.count()) > 0, `clinic ${i + 1} lists no articles`);
			}
			const riverglass = page.locator(`clinickit-clinics-table uui-box[headline="${CLINICS[0]}"] uui-table-row`);
			assert.ok((await texts(riverglass.locator('uui-table-cell:first-child'))).some((t) => t.includes(ARTICLE)));
			assert.deepEqual(await axe(), []);
		},
	},
	{
		// Last: it leaves a saved draft behind in the harness.
		name: "Publishing an article with an uncited claim shows the publish guard's message in the real editor",
		screenshot: 'publish-refused',
		async run(page, { open, url }) {
			const api = `${url}/umbraco/management/api/v1`;
			const get = async (path) => (await fetch(`${api}${path}`)).json();
			const library = (await get('/tree/document/root?skip=0&take=100')).items.find((i) => i.variants[0].name === 'Article Library');
			const article = (await get(`/tree/document/children?parentId=${library.id}&skip=0&take=100`)).items.find((i) => i.variants[0].name === ARTICLE);
			// An earlier save left the first claim without sources (what a marketer does by removing them in the picker).
			const doc = await get(`/document/${article.id}`);
			const body = doc.values.find((v) => v.editorAlias === 'Umbraco.BlockList' && v.value?.contentData?.length > 2);
			const firstClaim = body.value.contentData.find((b) => b.values.some((v) => v.alias === 'citations'));
			firstClaim.values.find((v) => v.alias === 'citations').value = [];
			const saved = await fetch(`${api}/document/${article.id}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ values: doc.values, variants: [{ culture: null, segment: null, name: ARTICLE }], template: null }),
			});
			assert.equal(saved.status, 200);

			await open(`/umbraco/section/content/workspace/document/edit/${article.id}`);
			await page.locator('umb-property-editor-ui-block-list clinickit-claim-preview').first().waitFor();
			assert.equal(await text(page.locator('umb-property-editor-ui-block-list clinickit-claim-preview').first().locator('.no-sources')), 'No sources picked');
			await page.locator('uui-button[label="Save and publish"]').click();
			const toast = page.locator('uui-toast-notification', { hasText: 'CK0301' });
			await toast.first().waitFor();
			const message = await deepText(toast.first());
			assert.match(message, /ClinicKit: How Does Ketamine Work for Depression\?/);
			assert.match(message, /Claim 1 \("By blocking NMDA receptors, ketamine sets off changes in gl…"\) cites no source\. \(CK0301\)/);
			const log = await (await fetch(`${url}/__harness/log`)).json();
			assert.ok(log.calls.includes(`PUT /umbraco/management/api/v1/document/${article.id}/publish 400`), 'the publish was not refused');
		},
	},
];
