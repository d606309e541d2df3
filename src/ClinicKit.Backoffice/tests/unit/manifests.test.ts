/**
 * The manifests and the built package, checked against @umbraco-cms/backoffice 17 itself: the aliases they
 * rely on exist there, and umbraco-package.json passes Umbraco's own JSON schema.
 */
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { enUs } from '../../src/localization/en-us.js';
import { manifests } from '../../src/manifests.js';
import { umbracoPackage } from '../../src/umbraco-package.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const dist = here('../../node_modules/@umbraco-cms/backoffice/dist-cms');
const built = here('../../../../App_Plugins/ClinicKit');

/** Umbraco's schema has a few entries Ajv rejects (`type: "{boolean}"`, non-array `examples`); drop just those. */
function umbracoSchema(): object {
	const schema = JSON.parse(readFileSync(`${dist}/umbraco-package-schema.json`, 'utf8')) as object;
	const jsonTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const n = node as Record<string, unknown>;
		if (typeof n.type === 'string' && !jsonTypes.has(n.type)) delete n.type;
		if ('examples' in n && !Array.isArray(n.examples)) n.examples = [n.examples];
		Object.values(n).forEach(walk);
	};
	walk(schema);
	return schema;
}

/** A manifest as JSON would declare it: loaders become the bundle's path. */
const asJson = (m: object) =>
	JSON.parse(JSON.stringify(m, (_key, value: unknown) => (typeof value === 'function' ? '/App_Plugins/ClinicKit/clinickit.js' : value))) as Record<string, unknown>;

/** True when the backoffice's JavaScript has `text` as a string literal. */
function definedInBackoffice(text: string): boolean {
	try {
		execFileSync('grep', ['-rlF', '--include=*.js', `'${text}'`, dist], { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
}

describe('manifests', () => {
	it('have unique aliases, clear names and ClinicKit prefixes', () => {
		const aliases = manifests.map((m) => m.alias);
		expect(new Set(aliases).size).toBe(aliases.length);
		for (const m of manifests) {
			expect(m.alias).toMatch(/^ClinicKit\./);
			expect(m.name).toMatch(/^ClinicKit /);
		}
	});

	it('declare the Claims tab, the two block previews, the dashboard and the en-US labels', () => {
		expect(manifests.map((m) => m.type).sort()).toEqual(
			['blockEditorCustomView', 'blockEditorCustomView', 'dashboard', 'localization', 'localization', 'workspaceView'].sort(),
		);
		const view = manifests.find((m) => m.type === 'workspaceView') as Record<string, any>;
		expect(view.meta.icon).toBe('icon-document-medal');
		expect(view.conditions).toEqual([
			{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
			{ alias: 'Umb.Condition.WorkspaceContentTypeAlias', oneOf: ['clinicKitArticle', 'clinicKitClinicArticle'] },
		]);
		const customViews = manifests.filter((m) => m.type === 'blockEditorCustomView') as Array<Record<string, any>>;
		expect(customViews.map((m) => m.forContentTypeAlias)).toEqual(['clinicKitClaimBlock', 'clinicKitCtaBlock']);
		const cultures = manifests.filter((m) => m.type === 'localization').map((m) => (m as Record<string, any>).meta.culture);
		expect(cultures).toEqual(['en-US', 'en']);
		const dashboard = manifests.find((m) => m.type === 'dashboard') as Record<string, any>;
		expect(dashboard.conditions).toEqual([{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }]);
	});

	it('use condition, workspace, section, editor and icon names that @umbraco-cms/backoffice 17 defines', () => {
		const names = new Set<string>();
		for (const m of manifests as Array<Record<string, any>>) {
			for (const c of m.conditions ?? []) {
				names.add(c.alias);
				if (c.match) names.add(c.match);
			}
			if (m.forBlockEditor) names.add(m.forBlockEditor);
		}
		for (const name of names) expect(definedInBackoffice(name), name).toBe(true);
		const icon = (manifests.find((m) => m.type === 'workspaceView') as Record<string, any>).meta.icon as string;
		expect(existsSync(`${dist}/packages/core/icon-registry/icons/${icon}.js`)).toBe(true);
	});

	it("label every view through the localization's keys", () => {
		const keys = new Set(Object.keys(enUs.clinickit).map((k) => `#clinickit_${k}`));
		for (const m of manifests as Array<Record<string, any>>) {
			if (m.meta?.label) expect(keys.has(m.meta.label), m.meta.label).toBe(true);
		}
	});

	it("pass Umbraco's JSON schema for their types", () => {
		const ajv = new Ajv({ strict: false, allErrors: true });
		ajv.addSchema(umbracoSchema(), 'umbraco');
		const byType: Record<string, string> = {
			workspaceView: 'ManifestWorkspaceView<MetaWorkspaceView>',
			dashboard: 'ManifestDashboard',
			localization: 'ManifestLocalization',
		};
		for (const m of manifests) {
			const definition = byType[m.type];
			if (!definition) continue; // blockEditorCustomView has no entry in Umbraco 17.1's schema.
			const validate = ajv.getSchema(`umbraco#/definitions/${definition}`)!;
			expect(validate(asJson(m)), JSON.stringify(validate.errors)).toBe(true);
		}
	});
});

describe('the built package in App_Plugins/ClinicKit', () => {
	it('has an umbraco-package.json that is current and passes Umbraco\'s schema', () => {
		const file = JSON.parse(readFileSync(`${built}/umbraco-package.json`, 'utf8'));
		expect(file).toEqual(umbracoPackage(pkg.version));
		const validate = new Ajv({ strict: false, allErrors: true }).compile(umbracoSchema());
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		expect(file.extensions).toEqual([
			{ type: 'bundle', alias: 'ClinicKit.Bundle', name: 'ClinicKit backoffice bundle', js: '/App_Plugins/ClinicKit/clinickit.js' },
		]);
	});

	it('ships one ES module that imports nothing but what Umbraco provides', () => {
		const js = readFileSync(`${built}/clinickit.js`, 'utf8');
		const specifiers = [...js.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
		expect(specifiers.length).toBeGreaterThan(0);
		for (const s of specifiers) expect(s).toMatch(/^@umbraco-cms\/backoffice\//);
		expect(js).toMatch(/export\s*\{[^}]*\bmanifests\b/);
		// The rule data is compiled in from claim-rules.json, not copied by hand.
		expect(js).toContain('rests on limited evidence and has no qualifier.');
	});

	it('is exactly what the source builds now (run `npm run build` and commit App_Plugins/ClinicKit)', async () => {
		const out = mkdtempSync(join(tmpdir(), 'clinickit-build-'));
		try {
			await build({ configFile: here('../../vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
			for (const file of ['clinickit.js', 'umbraco-package.json']) {
				expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(built, file), 'utf8'));
			}
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 60_000);
});
