// Browser tests: ClinicKit's real elements in headless Chromium (playwright-core, /usr/bin/chromium), with
// axe-core on every view and a screenshot of each. Writes test-results/browser.json.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { tests } from './tests.mjs';

const require = createRequire(import.meta.url);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const results = here('../../test-results');
const shots = `${results}/screenshots`;
mkdirSync(shots, { recursive: true });

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** Runs axe-core on the page (shadow roots included) and fails on serious or critical violations. */
async function axe(page) {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	const violations = await page.evaluate(async () => {
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
		}));
	});
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	assert.deepEqual(bad, [], `axe found serious/critical violations: ${JSON.stringify(bad, null, 2)}`);
	return violations;
}

const server = await serve(here('../../test-results/browser-app'));
const browser = await chromium.launch({ executablePath, args, headless: true });
const report = { tests: [], passed: 0, failed: 0, skipped: 0 };
try {
	for (const t of tests) {
		const started = Date.now();
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		page.setDefaultTimeout(10_000);
		const errors = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		try {
			await page.goto(server.url + t.path);
			await page.evaluate(() => window.ckReady);
			await t.run(page, { axe: () => axe(page) });
			if (t.screenshot) {
				await page.evaluate(() => document.fonts.ready);
				await page.waitForTimeout(150);
				await page.locator('#app').screenshot({ path: `${shots}/${t.screenshot}.png` });
			}
			assert.deepEqual(errors, [], 'the page logged errors');
			report.passed++;
			report.tests.push({ name: t.name, status: 'passed', ms: Date.now() - started });
			console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
		} catch (error) {
			report.failed++;
			report.tests.push({ name: t.name, status: 'failed', ms: Date.now() - started, error: String(error?.stack ?? error) });
			console.log(`  ✗ ${t.name}\n${String(error?.message ?? error).replace(/^/gm, '      ')}`);
			await page.screenshot({ path: `${shots}/FAILED-${t.name.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true }).catch(() => {});
		} finally {
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
writeFileSync(`${results}/browser.json`, JSON.stringify(report, null, 2) + '\n');
console.log(`browser: ${report.passed} passed, ${report.failed} failed`);
process.exitCode = report.failed ? 1 : 0;
