/**
 * The content of App_Plugins/ClinicKit/umbraco-package.json, written by the Vite build. One `bundle` extension
 * points at the built module; the module's `manifests` export declares the rest.
 */
import type { ManifestBundle } from '@umbraco-cms/backoffice/extension-api';

export const BUNDLE_FILE = 'clinickit.js';
export const PLUGIN_PATH = '/App_Plugins/ClinicKit';

export interface UmbracoPackageFile {
	id: string;
	name: string;
	version: string;
	allowTelemetry: boolean;
	extensions: ManifestBundle[];
}

export function umbracoPackage(version: string): UmbracoPackageFile {
	return {
		id: 'ClinicKit',
		name: 'ClinicKit',
		version,
		allowTelemetry: true,
		extensions: [
			{
				type: 'bundle',
				alias: 'ClinicKit.Bundle',
				name: 'ClinicKit backoffice bundle',
				js: `${PLUGIN_PATH}/${BUNDLE_FILE}`,
			},
		],
	};
}
