/**
 * Type-level tests, checked by `npm run typecheck`: manifests that Umbraco would reject must fail to compile.
 * Each `@ts-expect-error` fails the type check if its line ever stops being an error.
 */
import type { ManifestBlockEditorCustomView } from '@umbraco-cms/backoffice/block-custom-view';
import type { ManifestDashboard } from '@umbraco-cms/backoffice/dashboard';
import type { ManifestLocalization } from '@umbraco-cms/backoffice/localization';
import type { ManifestWorkspaceView } from '@umbraco-cms/backoffice/workspace';

export const wrongType: ManifestDashboard = {
	// @ts-expect-error 'dashbord' is not a dashboard's type
	type: 'dashbord',
	alias: 'Wrong.Type',
	name: 'Wrong type',
	meta: {},
};

export const viewWithoutPath: ManifestWorkspaceView = {
	type: 'workspaceView',
	alias: 'Wrong.View',
	name: 'View without pathname',
	// @ts-expect-error a workspace view needs meta.pathname and meta.icon
	meta: { label: 'Claims' },
};

export const customViewWithNumberAlias: ManifestBlockEditorCustomView = {
	type: 'blockEditorCustomView',
	alias: 'Wrong.CustomView',
	name: 'Custom view with a number alias',
	// @ts-expect-error forContentTypeAlias is a string or string[]
	forContentTypeAlias: 42,
};

export const localizationWithoutCulture: ManifestLocalization = {
	type: 'localization',
	alias: 'Wrong.Localization',
	name: 'Localization without culture',
	// @ts-expect-error a localization needs meta.culture
	meta: { localizations: {} },
};

export const dashboardWithUnknownMeta: ManifestDashboard = {
	type: 'dashboard',
	alias: 'Wrong.Meta',
	name: 'Dashboard with an unknown meta field',
	// @ts-expect-error dashboards have label and pathname, no "title"
	meta: { title: 'Clinics' },
};
