/**
 * The Management API v1 endpoints the real backoffice (17.1.0) calls to boot, open the Content section, a
 * document and its block editor, and publish it. Which calls and their shapes were read from Umbraco-CMS's own
 * mock handlers (src/Umbraco.Web.UI.Client/src/mocks/handlers) and checked against the generated types.
 */
import {
	RuntimeLevelModel,
	RuntimeModeModel,
	type CurrentUserConfigurationResponseModel,
	type CurrentUserResponseModel,
	type DataTypeResponseModel,
	type DocumentConfigurationResponseModel,
	type DocumentResponseModel,
	type DocumentTypeResponseModel,
	type GetCultureData,
	type GetCultureResponse,
	type GetDataTypeByIdData,
	type GetDocumentByIdData,
	type GetDocumentByIdAvailableSegmentOptionsData,
	type GetDocumentByIdAvailableSegmentOptionsResponse,
	type GetDocumentConfigurationData,
	type GetDocumentTypeByIdData,
	type GetItemDataTypeData,
	type GetItemDataTypeResponse,
	type GetItemDocumentData,
	type GetItemDocumentResponse,
	type GetItemDocumentTypeData,
	type GetItemDocumentTypeResponse,
	type GetImagingResizeUrlsData,
	type GetImagingResizeUrlsResponse,
	type GetItemLanguageData,
	type GetItemMediaData,
	type GetItemMediaResponse,
	type GetTemporaryFileConfigurationData,
	type TemporaryFileConfigurationResponseModel,
	type GetItemLanguageResponse,
	type GetLanguageData,
	type GetLanguageResponse,
	type GetManifestManifestPrivateData,
	type GetManifestManifestPrivateResponse,
	type GetManifestManifestPublicData,
	type GetManifestManifestPublicResponse,
	type GetNewsDashboardData,
	type GetNewsDashboardResponse,
	type GetRecycleBinDocumentRootData,
	type GetRecycleBinDocumentRootResponse,
	type GetSegmentData,
	type GetSegmentResponse,
	type GetServerConfigurationData,
	type GetServerConfigurationResponse,
	type GetServerInformationData,
	type GetServerInformationResponse,
	type GetServerStatusData,
	type GetServerStatusResponse,
	type GetTreeDocumentAncestorsData,
	type GetTreeDocumentAncestorsResponse,
	type GetTreeDocumentBlueprintRootData,
	type GetTreeDocumentBlueprintRootResponse,
	type GetTreeDocumentChildrenData,
	type GetTreeDocumentChildrenResponse,
	type GetTreeDocumentSiblingsData,
	type GetTreeDocumentSiblingsResponse,
	type GetTreeDocumentRootData,
	type GetTreeDocumentRootResponse,
	type GetUserCurrentConfigurationData,
	type GetUserCurrentData,
	type GetUserCurrentPermissionsDocumentData,
	type GetUserCurrentPermissionsDocumentResponse,
	type PutDocumentByIdData,
	type PutUmbracoManagementApiV11DocumentByIdValidate11Data,
	type PutUmbracoManagementApiV11DocumentByIdValidate11Responses,
	type PutDocumentByIdPublishData,
	type PutDocumentByIdPublishResponses,
	type PutDocumentByIdResponses,
	type GetDocumentBlueprintByIdScaffoldData,
} from '@umbraco-cms/backoffice/external/backend-api';
import { Answer, route, type Route } from './route.js';
import type { PublishGuard } from './publish-guard.js';
import type { UsyncStore } from './store.js';

const API = '/umbraco/management/api/v1';

/**
 * Umbraco's document permission verbs (packages/documents/documents/user-permissions/document/constants.js and
 * …/document-property-value/constants.js); without the property value ones the editor shows no properties.
 */
const DOCUMENT_VERBS = [
	'Umb.Document.PropertyValue.Read',
	'Umb.Document.PropertyValue.Write',
	'Umb.Document.Read',
	'Umb.Document.Create',
	'Umb.Document.Update',
	'Umb.Document.Delete',
	'Umb.Document.Publish',
	'Umb.Document.Unpublish',
	'Umb.Document.Sort',
	'Umb.Document.Move',
	'Umb.Document.Duplicate',
	'Umb.Document.Rollback',
	'Umb.Document.CreateBlueprint',
	'Umb.Document.Notifications',
	'Umb.Document.CultureAndHostnames',
	'Umb.Document.PublicAccess',
	'Umb.Document.Permissions',
];

const USER_ID = 'bd00cc00-0000-4000-8000-00000000c11c';

export interface FakeApiOptions {
	store: UsyncStore;
	guard: PublishGuard;
	/** The manifests of installed packages (ClinicKit's umbraco-package.json), read on every request. */
	packages: () => GetManifestManifestPrivateResponse;
	backofficeVersion: string;
}

function paging(query: URLSearchParams) {
	const skip = Math.max(0, Number(query.get('skip') ?? 0) || 0);
	const take = Math.max(0, Number(query.get('take') ?? 100) || 0);
	return <T>(items: T[]) => ({ total: items.length, items: items.slice(skip, skip + take) });
}

export function routes({ store, guard, packages, backofficeVersion }: FakeApiOptions): Route[] {
	const documentOr404 = (id: string) => store.node(id);
	return [
		route<GetServerStatusData, GetServerStatusResponse>('GET', `${API}/server/status`, () => ({
			serverStatus: RuntimeLevelModel.RUN,
		})),
		route<GetServerConfigurationData, GetServerConfigurationResponse>('GET', `${API}/server/configuration`, () => ({
			allowPasswordReset: false,
			versionCheckPeriod: 0,
			allowLocalLogin: true,
			umbracoCssPath: '/css',
		})),
		route<GetServerInformationData, GetServerInformationResponse>('GET', `${API}/server/information`, () => ({
			version: backofficeVersion,
			assemblyVersion: backofficeVersion,
			baseUtcOffset: '00:00:00',
			runtimeMode: RuntimeModeModel.DEVELOPMENT,
		})),
		route<GetManifestManifestPublicData, GetManifestManifestPublicResponse>('GET', `${API}/manifest/manifest/public`, () => []),
		route<GetManifestManifestPrivateData, GetManifestManifestPrivateResponse>('GET', `${API}/manifest/manifest/private`, () => packages()),
		route<GetUserCurrentConfigurationData, CurrentUserConfigurationResponseModel>('GET', `${API}/user/current/configuration`, () => ({
			keepUserLoggedIn: false,
			passwordConfiguration: {
				minimumPasswordLength: 10,
				requireNonLetterOrDigit: false,
				requireDigit: false,
				requireLowercase: false,
				requireUppercase: false,
			},
			allowChangePassword: false,
			allowTwoFactor: false,
		})),
		route<GetUserCurrentData, CurrentUserResponseModel>('GET', `${API}/user/current`, () => ({
			email: 'marketer@clinickit.test',
			userName: 'marketer@clinickit.test',
			name: 'ClinicKit Marketer',
			userGroupIds: [],
			id: USER_ID,
			languageIsoCode: 'en-US',
			documentStartNodeIds: [],
			hasDocumentRootAccess: true,
			mediaStartNodeIds: [],
			hasMediaRootAccess: true,
			avatarUrls: [],
			languages: [],
			hasAccessToAllLanguages: true,
			hasAccessToSensitiveData: true,
			fallbackPermissions: DOCUMENT_VERBS,
			permissions: [],
			allowedSections: ['Umb.Section.Content'],
			isAdmin: false,
		})),
		route<GetUserCurrentPermissionsDocumentData, GetUserCurrentPermissionsDocumentResponse>(
			'GET',
			`${API}/user/current/permissions/document`,
			({ query }) => [{ permissions: query.getAll('id').map((id) => ({ nodeKey: id, permissions: DOCUMENT_VERBS })) }],
		),
		route<GetLanguageData, GetLanguageResponse>('GET', `${API}/language`, ({ query }) => paging(query)(store.languageModels())),
		route<GetItemLanguageData, GetItemLanguageResponse>('GET', `${API}/item/language`, ({ query }) => {
			const wanted = query.getAll('isoCode');
			return store
				.languageModels()
				.filter((l) => !wanted.length || wanted.includes(l.isoCode))
				.map((l) => ({ name: l.name, isoCode: l.isoCode }));
		}),
		route<GetCultureData, GetCultureResponse>('GET', `${API}/culture`, ({ query }) =>
			paging(query)(store.languageModels().map((l) => ({ name: l.isoCode, englishName: l.name }))),
		),
		route<GetSegmentData, GetSegmentResponse>('GET', `${API}/segment`, () => ({ total: 0, items: [] })),
		// The welcome dashboard's news: none, as a server without internet access answers.
		route<GetNewsDashboardData, GetNewsDashboardResponse>('GET', `${API}/news-dashboard`, () => ({ items: [] })),
		// uSync exports no trashed items here, so the recycle bin is empty.
		route<GetRecycleBinDocumentRootData, GetRecycleBinDocumentRootResponse>('GET', `${API}/recycle-bin/document/root`, () => ({
			total: 0,
			items: [],
		})),

		// ── Content tree and documents ─────────────────────────────────────────────────────────────
		route<GetTreeDocumentRootData, GetTreeDocumentRootResponse>('GET', `${API}/tree/document/root`, ({ query }) =>
			paging(query)(store.children(null).map((n) => store.treeItem(n))),
		),
		route<GetTreeDocumentChildrenData, GetTreeDocumentChildrenResponse>('GET', `${API}/tree/document/children`, ({ query }) =>
			paging(query)(store.children(query.get('parentId') ?? '').map((n) => store.treeItem(n))),
		),
		route<GetTreeDocumentAncestorsData, GetTreeDocumentAncestorsResponse>('GET', `${API}/tree/document/ancestors`, ({ query }) => {
			const node = store.node(query.get('descendantId') ?? '');
			return node ? [...store.ancestors(node), node].map((n) => store.treeItem(n)) : [];
		}),
		route<GetTreeDocumentSiblingsData, GetTreeDocumentSiblingsResponse>('GET', `${API}/tree/document/siblings`, ({ query }) => {
			const node = store.node(query.get('target') ?? '');
			if (!node) return { totalBefore: 0, totalAfter: 0, items: [] };
			const siblings = store.children(node.parentKey);
			const at = siblings.findIndex((s) => s.key === node.key);
			const before = Number(query.get('before') ?? 0) || 0;
			const after = Number(query.get('after') ?? 0) || 0;
			const from = Math.max(0, at - before);
			const to = Math.min(siblings.length, at + after + 1);
			return {
				totalBefore: from,
				totalAfter: siblings.length - to,
				items: siblings.slice(from, to).map((n) => store.treeItem(n)),
			};
		}),
		route<GetItemDocumentData, GetItemDocumentResponse>('GET', `${API}/item/document`, ({ query }) =>
			query
				.getAll('id')
				.map((id) => store.node(id))
				.filter((n) => n !== undefined)
				.map((n) => store.item(n)),
		),
		route<GetDocumentConfigurationData, DocumentConfigurationResponseModel>('GET', `${API}/document/configuration`, () => ({
			disableDeleteWhenReferenced: false,
			disableUnpublishWhenReferenced: false,
			allowEditInvariantFromNonDefault: true,
			allowNonExistingSegmentsCreation: false,
		})),
		route<GetDocumentByIdData, DocumentResponseModel>('GET', `${API}/document/{id}`, ({ params }) => {
			const node = documentOr404(params.id);
			return node ? guard.current(store.document(node)) : Answer.notFound('The document could not be found');
		}),
		route<GetDocumentByIdAvailableSegmentOptionsData, GetDocumentByIdAvailableSegmentOptionsResponse>(
			'GET',
			`${API}/document/{id}/available-segment-options`,
			() => ({ total: 0, items: [] }),
		),
		route<PutDocumentByIdData, PutDocumentByIdResponses[200]>('PUT', `${API}/document/{id}`, ({ params, body }) => {
			const node = documentOr404(params.id);
			if (!node || !body) return Answer.notFound('The document could not be found');
			guard.save(node.key, body);
			return '';
		}),
		// The editor asks the server to validate before it saves and publishes; the fake checks no property rules.
		route<PutUmbracoManagementApiV11DocumentByIdValidate11Data, PutUmbracoManagementApiV11DocumentByIdValidate11Responses[200]>(
			'PUT',
			'/umbraco/management/api/v1.1/document/{id}/validate',
			({ params }) => (documentOr404(params.id) ? '' : Answer.notFound('The document could not be found')),
		),
		route<PutDocumentByIdPublishData, PutDocumentByIdPublishResponses[200]>('PUT', `${API}/document/{id}/publish`, ({ params }) => {
			const node = documentOr404(params.id);
			if (!node) return Answer.notFound('The requested document could not be found');
			const refused = guard.publish(node);
			if (refused) return refused;
			store.published.set(node.key, true);
			return '';
		}),
		route<GetTreeDocumentBlueprintRootData, GetTreeDocumentBlueprintRootResponse>('GET', `${API}/tree/document-blueprint/root`, () => ({
			total: 0,
			items: [],
		})),
		route<GetDocumentBlueprintByIdScaffoldData, DocumentResponseModel>('GET', `${API}/document-blueprint/{id}/scaffold`, () =>
			Answer.notFound('The document blueprint could not be found'),
		),

		// ── Document types and data types ──────────────────────────────────────────────────────────
		route<GetDocumentTypeByIdData, DocumentTypeResponseModel>('GET', `${API}/document-type/{id}`, ({ params }) => {
			const type = store.contentType(params.id);
			return type ? store.documentType(type) : Answer.notFound('The document type could not be found');
		}),
		route<GetItemDocumentTypeData, GetItemDocumentTypeResponse>('GET', `${API}/item/document-type`, ({ query }) =>
			query
				.getAll('id')
				.map((id) => store.contentType(id))
				.filter((t) => t !== undefined)
				.map((t) => store.documentTypeItem(t)),
		),
		route<GetItemMediaData, GetItemMediaResponse>('GET', `${API}/item/media`, ({ query }) =>
			query
				.getAll('id')
				.map((id) => store.mediaItem(id))
				.filter((m) => m !== undefined),
		),
		// ImagingController.Urls asks IImageUrlGenerator for each image; ImageSharpImageUrlGenerator appends the size as a query.
		route<GetImagingResizeUrlsData, GetImagingResizeUrlsResponse>('GET', `${API}/imaging/resize/urls`, ({ query }) =>
			query.getAll('id').flatMap((id) => {
				const src = store.mediaFile(id);
				const size = new URLSearchParams({ width: query.get('width') ?? '200', height: query.get('height') ?? '200', rmode: (query.get('mode') ?? 'Max').toLowerCase() });
				return src ? [{ id, urlInfos: [{ culture: null, url: `${src}?${size}` }] }] : [];
			}),
		),
		// ContentSettings' defaults (ImageFileTypes, DisallowedUploadedFileExtensions) and no size limit, as a new site has them.
		route<GetTemporaryFileConfigurationData, TemporaryFileConfigurationResponseModel>('GET', `${API}/temporary-file/configuration`, () => ({
			imageFileTypes: ['jpeg', 'jpg', 'gif', 'bmp', 'png', 'tiff', 'tif', 'webp'],
			disallowedUploadedFilesExtensions: ['ashx', 'aspx', 'ascx', 'config', 'cshtml', 'vbhtml', 'asmx', 'air', 'axd', 'xamlx'],
			allowedUploadedFileExtensions: [],
			maxFileSize: null,
		})),
		route<GetDataTypeByIdData, DataTypeResponseModel>('GET', `${API}/data-type/{id}`, ({ params }) => {
			return store.dataType(params.id) ?? Answer.notFound('The data type could not be found');
		}),
		route<GetItemDataTypeData, GetItemDataTypeResponse>('GET', `${API}/item/data-type`, ({ query }) =>
			query
				.getAll('id')
				.map((id) => store.dataTypeItem(id))
				.filter((d) => d !== undefined),
		),
	];
}
