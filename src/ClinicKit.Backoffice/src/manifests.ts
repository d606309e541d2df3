/**
 * ClinicKit's backoffice extensions. Each manifest is typed with Umbraco's own manifest type, so a wrong
 * type, condition or meta field fails `tsc`.
 */
import type { ManifestBlockEditorCustomView } from '@umbraco-cms/backoffice/block-custom-view';
import type { ManifestDashboard } from '@umbraco-cms/backoffice/dashboard';
import type { ManifestLocalization } from '@umbraco-cms/backoffice/localization';
import type { ManifestWorkspaceView } from '@umbraco-cms/backoffice/workspace';
import { enUs } from './localization/en-us.js';
import { DocumentTypes } from './schema.js';
import { CLAIMS_VIEW_PATHNAME } from './workspace-view/constants.js';

export const claimsWorkspaceView: ManifestWorkspaceView = {
	type: 'workspaceView',
	alias: 'ClinicKit.WorkspaceView.Claims',
	name: 'ClinicKit Claims workspace view',
	element: () => import('./workspace-view/claims-workspace-view.element.js'),
	// After Umbraco's Content (200) and before Info (100).
	weight: 150,
	meta: {
		label: '#clinickit_claimsTab',
		pathname: CLAIMS_VIEW_PATHNAME,
		icon: 'icon-document-medal',
	},
	conditions: [
		{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
		{
			alias: 'Umb.Condition.WorkspaceContentTypeAlias',
			oneOf: [DocumentTypes.article.alias, DocumentTypes.clinicArticle.alias],
		},
	],
};

export const claimBlockView: ManifestBlockEditorCustomView = {
	type: 'blockEditorCustomView',
	alias: 'ClinicKit.BlockEditorCustomView.Claim',
	name: 'ClinicKit claim block preview',
	element: () => import('./block-views/claim-block-view.element.js'),
	forContentTypeAlias: DocumentTypes.claimBlock.alias,
	forBlockEditor: 'block-list',
};

export const ctaBlockView: ManifestBlockEditorCustomView = {
	type: 'blockEditorCustomView',
	alias: 'ClinicKit.BlockEditorCustomView.Cta',
	name: 'ClinicKit call-to-action block preview',
	element: () => import('./block-views/cta-block-view.element.js'),
	forContentTypeAlias: DocumentTypes.ctaBlock.alias,
	forBlockEditor: 'block-list',
};

export const clinicsDashboard: ManifestDashboard = {
	type: 'dashboard',
	alias: 'ClinicKit.Dashboard.Clinics',
	name: 'ClinicKit Clinics dashboard',
	element: () => import('./dashboard/clinics-dashboard.element.js'),
	weight: 15,
	meta: {
		label: '#clinickit_clinicsDashboard',
		pathname: 'clinickit-clinics',
	},
	conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
};

export const localizationEnUs: ManifestLocalization = {
	type: 'localization',
	alias: 'ClinicKit.Localization.EnUs',
	name: 'ClinicKit English (United States)',
	meta: {
		culture: 'en-US',
		localizations: enUs,
	},
};

/** The same labels as Umbraco's base English ('en'), which the backoffice falls back to for every UI language. */
export const localizationEn: ManifestLocalization = {
	type: 'localization',
	alias: 'ClinicKit.Localization.En',
	name: 'ClinicKit English (fallback)',
	meta: {
		culture: 'en',
		localizations: enUs,
	},
};

export const manifests: Array<UmbExtensionManifest> = [
	localizationEnUs,
	localizationEn,
	claimsWorkspaceView,
	claimBlockView,
	ctaBlockView,
	clinicsDashboard,
];
