// Tests in the real Umbraco backoffice (tests/backoffice/tests.mjs): starts the harness (Vite dev server + fake
// Management API from uSync), one browser (Chromium, or Firefox when E2E_BROWSER=firefox) and one browser context
// for the whole run, so the backoffice's two thousand modules load once and later pages come from the browser
// cache. Each test opens a new page, saves a screenshot under test-results/backoffice-screenshots, and fails on
// page errors. Writes test-results/backoffice.json ({ passed, failed, skipped, tests }).
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, firefox } from 'playwright-core';
import { startHarness } from './serve.mjs';
import { BOOT_TIMEOUT_MS, tests } from './tests.mjs';

const require = createRequire(import.meta.url);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const results = here('../../test-results');
const shots = `${results}/backoffice-screenshots`;
mkdirSync(shots, { recursive: true });
// A failure screenshot from an earlier run would read as a failure of this one.
for (const f of readdirSync(shots)) if (f.startsWith('FAILED-')) rmSync(`${shots}/${f}`);

/**
 * Page errors the unmodified app raises because the harness has no real sign-in: with `bypass-auth` there is no
 * access token, so the server-event hub (management-api/server-event/global-context/server-event.context.js)
 * throws instead of connecting. Anything else fails the test.
 */
const EXPECTED_PAGE_ERRORS = [
	/^Error: No auth token found$/,
	// Firefox only: leaving the Content view while a property's action menu is still asking for its clipboard context
	// makes the app's context consumer (libs/context-api/consume/context-consumer.js, hostDisconnected) reject a promise
	// nobody awaits. It is the app's own behaviour on any quick tab switch, with or without ClinicKit.
	/^(uncaught exception: )?Context request was cancelled, host was disconnected\. \(Context Alias: UmbPropertyContext with API Alias: UmbClipboardPropertyContext\)/,
];

const useFirefox = process.env.E2E_BROWSER === 'firefox';
const browser = useFirefox
	? await firefox.launch({
			// Stock Firefox speaks WebDriver BiDi, not the Juggler protocol of Playwright's patched build.
			channel: 'moz-firefox',
			executablePath: process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr',
			headless: true,
		})
	: await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			headless: true,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		});

/** Runs axe-core on the page and returns the serious or critical violations inside ClinicKit's own elements. */
async function axeClinicKit(page) {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	const violations = await page.evaluate(async () => {
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.flatMap((v) =>
			v.nodes.map((n) => ({ id: v.id, impact: v.impact, help: v.help, target: JSON.stringify(n.target) })),
		);
	});
	// A node is ClinicKit's when the path through shadow roots to it passes a clinickit-* element.
	return violations.filter((v) => /clinickit-/.test(v.target) && (v.impact === 'serious' || v.impact === 'critical'));
}

const harness = await startHarness();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
const report = { browser: useFirefox ? 'firefox' : 'chromium', tests: [], passed: 0, failed: 0, skipped: 0 };
let booted = false;
try {
	// E2E_ONLY=<text> runs the tests whose name contains it (the rest count as skipped).
	for (const t of tests) {
		if (process.env.E2E_ONLY && !t.name.includes(process.env.E2E_ONLY)) {
			report.skipped++;
			continue;
		}
		const started = Date.now();
		const page = await context.newPage();
		await page.setViewportSize(t.viewport ?? { width: 1280, height: 900 });
		// The first test also waits for the lazily loaded parts of the app (tree, workspace, block editor) to load.
		page.setDefaultTimeout(booted ? 60_000 : BOOT_TIMEOUT_MS);
		const errors = [];
		page.on('pageerror', (e) => {
			const text = String(e);
			if (!EXPECTED_PAGE_ERRORS.some((re) => re.test(text))) errors.push(text);
		});
		try {
			await t.run(page, {
				url: harness.url,
				open: async (path) => {
					await page.goto(harness.url + path, { timeout: BOOT_TIMEOUT_MS });
					await page.locator('umb-backoffice-main').waitFor({ timeout: BOOT_TIMEOUT_MS });
					booted = true;
				},
				axe: () => axeClinicKit(page),
				harnessLog: async () => (await fetch(`${harness.url}/__harness/log`)).json(),
			});
			if (t.screenshot) {
				await page.evaluate(() => document.fonts.ready);
				await page.waitForTimeout(300);
				await page.screenshot({ path: `${shots}/${t.screenshot}.png` });
			}
			assert.deepEqual(errors, [], 'the page raised errors');
			report.passed++;
			report.tests.push({ name: t.name, status: 'passed', ms: Date.now() - started });
			console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
		} catch (error) {
			report.failed++;
			report.tests.push({ name: t.name, status: 'failed', ms: Date.now() - started, error: String(error?.stack ?? error) });
			console.log(`  ✗ ${t.name}\n${String(error?.message ?? error).replace(/^/gm, '      ')}`);
			const { calls, unhandled } = await (await fetch(`${harness.url}/__harness/log`)).json();
			console.log(`      last API calls:\n${calls.slice(-12).join('\n').replace(/^/gm, '        ')}\n      unanswered: ${unhandled.join(', ') || 'none'}`);
			await page.screenshot({ path: `${shots}/FAILED-${t.name.replace(/[^a-z0-9]+/gi, '-')}.png` }).catch(() => {});
		} finally {
			await page.close();
		}
	}
} finally {
	await context.close();
	await browser.close();
	await harness.close();
}
writeFileSync(`${results}/backoffice.json`, JSON.stringify(report, null, 2) + '\n');
console.log(`real backoffice (${report.browser}): ${report.passed} passed, ${report.failed} failed`);
process.exitCode = report.failed ? 1 : 0;
