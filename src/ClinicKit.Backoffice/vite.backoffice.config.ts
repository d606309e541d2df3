import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { clinicKitHarness } from './tests/backoffice/fake-api/plugin.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const backoffice = JSON.parse(readFileSync(here('./node_modules/@umbraco-cms/backoffice/package.json'), 'utf8')) as { version: string };

// The real Umbraco backoffice from @umbraco-cms/backoffice, served by Vite's dev server (its files import bare
// module names, so they need a resolver; pre-bundling is off so the package's modules are served as they are),
// with ClinicKit's built App_Plugins/ClinicKit and a fake Management API answering from a uSync folder.
// CLINICKIT_USYNC and CLINICKIT_APP_PLUGIN override the shipped folders.
export default defineConfig({
	root: here('./tests/backoffice/app'),
	logLevel: 'warn',
	clearScreen: false,
	appType: 'spa',
	optimizeDeps: { noDiscovery: true, include: [] },
	server: {
		host: '127.0.0.1',
		fs: { allow: [here('../..')] },
		hmr: false,
		watch: null,
	},
	plugins: [
		clinicKitHarness({
			usync: process.env.CLINICKIT_USYNC ?? here('../../uSync/v17'),
			appPlugin: process.env.CLINICKIT_APP_PLUGIN ?? here('../../App_Plugins/ClinicKit'),
			media: here('../ClinicKit.Web/wwwroot/media'),
			resolveFrom: here('./package.json'),
			backofficeVersion: backoffice.version,
		}),
	],
});
