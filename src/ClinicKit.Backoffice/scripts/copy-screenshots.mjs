// Copies the real-backoffice tests' screenshots (tests/backoffice) to docs/screenshots/backoffice-<view>.png for
// the README.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../test-results/backoffice-screenshots/', import.meta.url));
const to = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
mkdirSync(to, { recursive: true });
for (const view of ['claims-tab', 'claims-tab-1024', 'block-previews', 'go-to-block', 'clinics-dashboard', 'publish-refused']) {
	if (!existsSync(`${from}${view}.png`)) throw new Error(`No screenshot ${view}.png: run npm test first.`);
	copyFileSync(`${from}${view}.png`, `${to}backoffice-${view}.png`);
	console.log(`docs/screenshots/backoffice-${view}.png`);
}
