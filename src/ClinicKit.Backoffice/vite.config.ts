import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { BUNDLE_FILE, umbracoPackage } from './src/umbraco-package.js';

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8')) as { version: string };

/** Writes umbraco-package.json next to the bundle, from the typed src/umbraco-package.ts. */
function umbracoPackageJson(): Plugin {
	return {
		name: 'clinickit-umbraco-package-json',
		generateBundle() {
			this.emitFile({
				type: 'asset',
				fileName: 'umbraco-package.json',
				source: JSON.stringify(umbracoPackage(pkg.version), null, 2) + '\n',
			});
		},
	};
}

// Library build of the backoffice extension into App_Plugins/ClinicKit. Umbraco provides @umbraco-cms/backoffice
// (and with it lit and the UI library) at run time, so those imports stay external.
export default defineConfig({
	build: {
		lib: {
			entry: 'src/index.ts',
			formats: ['es'],
			fileName: () => BUNDLE_FILE,
		},
		outDir: '../../App_Plugins/ClinicKit',
		emptyOutDir: true,
		sourcemap: false,
		target: 'es2022',
		rollupOptions: {
			external: [/^@umbraco/],
			// One file to ship: the elements' lazy imports stay lazy (promises) but live in the same module.
			output: { inlineDynamicImports: true },
		},
	},
	plugins: [umbracoPackageJson()],
});
