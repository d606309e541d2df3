// Copies the browser tests' screenshots to docs/screenshots/backoffice-<view>.png for the README.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const to = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
mkdirSync(to, { recursive: true });
for (const view of ['claims-tab', 'block-previews', 'cta-previews', 'clinics-dashboard']) {
	if (!existsSync(`${from}${view}.png`)) throw new Error(`No screenshot ${view}.png: run npm test first.`);
	copyFileSync(`${from}${view}.png`, `${to}backoffice-${view}.png`);
	console.log(`docs/screenshots/backoffice-${view}.png`);
}
