// `npm test`: type check, lint, unit tests (Vitest), the browser tests on the test page, then the tests in the real
// Umbraco backoffice (tests/backoffice); every step runs even when an earlier one fails. Writes
// test-results/summary.json ({ passed, failed, skipped } over Vitest, browser and real-backoffice tests) and exits
// non-zero when any step or test failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}test-results`;
mkdirSync(results, { recursive: true });
for (const f of ['vitest.json', 'browser.json', 'backoffice.json', 'summary.json']) rmSync(`${results}/${f}`, { force: true });

const bin = (name) => `${root}node_modules/.bin/${name}`;
/** @param {string} label @param {string} command @param {string[]} args */
function step(label, command, args) {
	console.log(`\n▶ ${label}`);
	const started = Date.now();
	const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	const ok = r.status === 0;
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)${ok ? '' : ` exit ${r.status ?? r.signal}`}`);
	return { label: `${label} (${seconds} s)`, ok };
}

const steps = [];
steps.push(step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
steps.push(step('lint (eslint)', bin('eslint'), ['.']));
steps.push(step('unit tests (vitest)', bin('vitest'), ['run']));
const page = step('browser test page (vite build)', bin('vite'), ['build', '-c', 'vite.test.config.ts']);
steps.push(page);
if (page.ok) steps.push(step('browser tests (Chromium + axe-core)', process.execPath, ['tests/browser/run.mjs']));
steps.push(step('tests in the real Umbraco backoffice (harness + Playwright)', process.execPath, ['tests/backoffice/run.mjs']));

const counts = { passed: 0, failed: 0, skipped: 0 };
const read = (f) => (existsSync(`${results}/${f}`) ? JSON.parse(readFileSync(`${results}/${f}`, 'utf8')) : undefined);
const vitest = read('vitest.json');
if (vitest) {
	counts.passed += vitest.numPassedTests;
	counts.failed += vitest.numFailedTests;
	counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
	// A test file that fails to load has no tests to count; count it as a failure.
	counts.failed += vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
	counts.failed += 1;
}
const browser = read('browser.json');
if (browser) {
	counts.passed += browser.passed;
	counts.failed += browser.failed;
	counts.skipped += browser.skipped;
} else {
	const { tests } = await import('../tests/browser/tests.mjs');
	counts.failed += tests.length;
}
const backoffice = read('backoffice.json');
if (backoffice) {
	counts.passed += backoffice.passed;
	counts.failed += backoffice.failed;
	counts.skipped += backoffice.skipped;
} else {
	const { tests } = await import('../tests/backoffice/tests.mjs');
	counts.failed += tests.length;
}
writeFileSync(`${results}/summary.json`, JSON.stringify(counts) + '\n');

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.label}`);
console.log(`\nbackoffice: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exitCode = steps.every((s) => s.ok) && counts.failed === 0 ? 0 : 1;
