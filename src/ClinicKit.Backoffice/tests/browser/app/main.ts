/**
 * The browser test page: ClinicKit's real elements with Umbraco's UI library, icons and localization, fed
 * realistic data through test hosts. Which view shows depends on the path, as in the backoffice.
 */
import '@umbraco-ui/uui-css/dist/uui-css.css';
import './styles.css';
import '@umbraco-cms/backoffice/external/uui';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';
import { html, render } from '@umbraco-cms/backoffice/external/lit';
import { UmbIconRegistry } from '@umbraco-cms/backoffice/icon';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';
import { UmbLocalizationRegistry } from '@umbraco-cms/backoffice/localization';
import iconAlert from 'umbraco-icons/icon-alert.js';
import iconDocument from 'umbraco-icons/icon-document.js';
import iconDocumentMedal from 'umbraco-icons/icon-document-medal.js';
import iconInfo from 'umbraco-icons/icon-info.js';
import iconLink from 'umbraco-icons/icon-link.js';
import iconMedal from 'umbraco-icons/icon-medal.js';
import iconMegaphone from 'umbraco-icons/icon-megaphone.js';
import { loadManifestElement } from '@umbraco-cms/backoffice/extension-api';
import { manifests } from '../../../src/manifests.js';
import { ArticleKeys, articleBody, claimContent, ctaContent, fakeSource, Keys, ketamineArticleValues, pickReviewer, Reviewers } from '../../fixtures/ketamine.js';
import { FakeBlockManager, FakeDocumentWorkspace } from './harness.js';
import './harness.js';

declare global {
	interface Window {
		ckReady: Promise<void>;
		ckEvents: string[];
	}
}

const TODAY = '2026-03-01';
const source = fakeSource();
const CLINIC_PAGE = 'c1111111-0000-4000-8000-000000000001';

// Icons as the backoffice registers them, limited to the ones ClinicKit uses.
const icons = new UmbIconRegistry();
icons.setIcons(
	Object.entries({
		'icon-alert': iconAlert,
		'icon-document': iconDocument,
		'icon-document-medal': iconDocumentMedal,
		'icon-info': iconInfo,
		'icon-link': iconLink,
		'icon-medal': iconMedal,
		'icon-megaphone': iconMegaphone,
	}).map(([name, svg]) => ({ name, path: () => Promise.resolve({ default: svg }) })),
);
icons.attach(document.body);

// ClinicKit's manifests in Umbraco's extension registry; its localization registry loads the en-US labels.
umbExtensionsRegistry.registerMany(manifests);
const localization = new UmbLocalizationRegistry(umbExtensionsRegistry);

window.ckEvents = [];
window.addEventListener('clinickit-go-to-block', (e) => window.ckEvents.push(`go-to-block:${(e as CustomEvent).detail.blockKey}`));

const workspacePath = (key: string, view: string) => `/umbraco/section/content/workspace/document/edit/${key}/invariant/view/${view}`;

function frame(title: string, tabs: Array<[string, string, string, boolean]>, content: unknown) {
	return html`<div class="frame">
		<header class="workspace-header">
			<span class="doc-icon"><uui-icon name="icon-document"></uui-icon></span>
			<h1>${title}</h1>
			<uui-tab-group>
				${tabs.map(
					([label, icon, href, active]) =>
						html`<uui-tab label=${label} href=${href} ?active=${active}><uui-icon slot="icon" name=${icon}></uui-icon>${label}</uui-tab>`,
				)}
			</uui-tab-group>
		</header>
		<div class="workspace-main">${content}</div>
	</div>`;
}

function documentTabs(key: string, active: 'content' | 'claims') {
	return [
		['Content', 'icon-document', workspacePath(key, 'content'), active === 'content'],
		['Claims', 'icon-document-medal', workspacePath(key, 'clinickit-claims'), active === 'claims'],
		['Info', 'icon-info', workspacePath(key, 'info'), false],
	] as Array<[string, string, string, boolean]>;
}

function view() {
	const path = location.pathname;
	const article = new FakeDocumentWorkspace(Keys.article, ketamineArticleValues());
	if (path === workspacePath(ArticleKeys.ketamine, 'clinickit-claims')) {
		return frame(
			'Ketamine for treatment-resistant depression',
			documentTabs(ArticleKeys.ketamine, 'claims'),
			html`<ck-test-workspace .workspace=${article}>
				<clinickit-claims-workspace-view .source=${source} today=${TODAY}></clinickit-claims-workspace-view>
			</ck-test-workspace>`,
		);
	}
	if (path === workspacePath(CLINIC_PAGE, 'clinickit-claims')) {
		const page = new FakeDocumentWorkspace(Keys.clinicArticle, [{ alias: 'article', culture: null, segment: null, value: ArticleKeys.ketamine }]);
		return frame(
			'Ketamine for treatment-resistant depression (Harbor Mind Clinic)',
			documentTabs(CLINIC_PAGE, 'claims'),
			html`<ck-test-workspace .workspace=${page}>
				<clinickit-claims-workspace-view .source=${source} today=${TODAY}></clinickit-claims-workspace-view>
			</ck-test-workspace>`,
		);
	}
	if (path === workspacePath(ArticleKeys.ketamine, 'content')) {
		const body = articleBody();
		const manager = new FakeBlockManager(body);
		const config = { showContentEdit: true, showSettingsEdit: false, editContentPath: '#edit-block' };
		return frame(
			'Ketamine for treatment-resistant depression',
			documentTabs(ArticleKeys.ketamine, 'content'),
			html`<div class="content-view">
				<uui-box headline="Body">
					<ck-test-block-list .manager=${manager}>
						${body.layout['Umbraco.BlockList'].map(({ contentKey }) => {
							const block = body.contentData.find((b) => b.key === contentKey)!;
							if (block.contentTypeKey === Keys.claimBlock) {
								return html`<clinickit-claim-block-view
									.contentKey=${contentKey}
									.content=${claimContent[contentKey] as never}
									.config=${config}
									.source=${source}></clinickit-claim-block-view>`;
							}
							if (block.contentTypeKey === Keys.ctaBlock) {
								return html`<clinickit-cta-block-view .content=${ctaContent as never} .config=${config}></clinickit-cta-block-view>`;
							}
							return html`<div class="rte-block">Ketamine, long used as an anaesthetic, is now also used at low doses for treatment-resistant depression.</div>`;
						})}
					</ck-test-block-list>
				</uui-box>
			</div>`,
		);
	}
	if (path === '/umbraco/section/content/dashboard/clinickit-clinics') {
		return html`<div class="frame">
			<header class="section-header">
				<uui-tab-group>
					<uui-tab label="Welcome" href="#">Welcome</uui-tab>
					<uui-tab label="Clinics" href=${path} active>Clinics</uui-tab>
					<uui-tab label="Redirect URL Management" href="#">Redirect URL Management</uui-tab>
				</uui-tab-group>
			</header>
			<clinickit-clinics-dashboard .source=${source} today=${TODAY}></clinickit-clinics-dashboard>
		</div>`;
	}
	if (path === '/test/cta-previews') {
		return html`<div class="frame"><div class="content-view"><uui-box headline="Call-to-action blocks">
			<div class="stack">
				<clinickit-cta-block-view .content=${ctaContent as never}></clinickit-cta-block-view>
				<clinickit-cta-block-view
					.content=${{ heading: 'Questions about {{clinic.name}}?', body: 'Email {{clinic.email}} and a nurse will call you back.', buttonLabel: 'Ask a question', link: [], style: '["Subtle"]' } as never}></clinickit-cta-block-view>
			</div>
		</uui-box></div></div>`;
	}
	if (path === '/test/claims-clean') {
		const clean = new FakeDocumentWorkspace(Keys.article, [
			...ketamineArticleValues({ reviewedBy: pickReviewer(Reviewers.hart.key), lastReviewed: '2025-11-14', nextReviewDue: '2026-11-14' }).filter((v) => v.alias !== 'body'),
		]);
		return html`<ck-test-workspace .workspace=${clean}>
			<clinickit-claims-workspace-view .source=${source} today=${TODAY}></clinickit-claims-workspace-view>
		</ck-test-workspace>`;
	}
	return html`<p>Unknown test view ${path}</p>`;
}

function show() {
	render(view(), document.getElementById('app')!);
}

// ClinicKit navigates with history.pushState, as the backoffice router expects; follow it here.
const pushState = history.pushState.bind(history);
history.pushState = (...args: Parameters<History['pushState']>) => {
	pushState(...args);
	show();
};
window.addEventListener('popstate', show);

const hasTerms = (code: string) =>
	!!(umbLocalizationManager.localizations.get(code) as Record<string, unknown> | undefined)?.['clinickit_claimsTab'];
const waitFor = async (ok: () => boolean, what: string) => {
	for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
	if (!ok()) throw new Error(`Timed out waiting for ${what}`);
};
window.ckReady = (async () => {
	// The registry always loads Umbraco's base English first; then, like a user whose UI culture is en-US:
	await waitFor(() => hasTerms('en'), "ClinicKit's 'en' labels");
	localization.loadLanguage('en-US');
	await waitFor(() => hasTerms('en-us') && document.documentElement.lang === 'en-us', "ClinicKit's 'en-US' labels");
	// Load each element through its manifest, as the backoffice does.
	for (const m of manifests) {
		if (!('element' in m) || !m.element) continue;
		const element = await loadManifestElement(m.element);
		if (!element) throw new Error(`${m.alias}: its element did not load`);
	}
	show();
})();
