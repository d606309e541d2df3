import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser test page: unlike the shipped bundle, Umbraco's modules (lit, the UI library, contexts) are
// bundled in, so ClinicKit's real elements run without a backoffice around them.
export default defineConfig({
	root: fileURLToPath(new URL('./tests/browser/app', import.meta.url)),
	base: '/',
	logLevel: 'warn',
	resolve: {
		alias: {
			'umbraco-icons': fileURLToPath(
				new URL('./node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/icon-registry/icons', import.meta.url),
			),
		},
	},
	build: {
		outDir: fileURLToPath(new URL('./test-results/browser-app', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
		sourcemap: false,
		chunkSizeWarningLimit: 20000,
	},
});
