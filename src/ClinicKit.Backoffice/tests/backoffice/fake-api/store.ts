/**
 * The uSync folder as Management API v1 models (the generated types of @umbraco-cms/backoffice 17.1.0).
 * Stored values become what Umbraco's property value editors send the backoffice (`ToEditor`): block values
 * get their lower-case `layout`, pickers become `[{ type, unique }]`, dropdowns and tags arrays, dates
 * `yyyy-MM-dd HH:mm:ss`, toggles booleans; block content values are converted by their element type's editors.
 */
import {
	CompositionTypeModel,
	DocumentVariantStateModel,
	type DataTypeItemResponseModel,
	type DataTypeResponseModel,
	type DocumentItemResponseModel,
	type DocumentResponseModel,
	type DocumentTreeItemResponseModel,
	type DocumentTypeItemResponseModel,
	type DocumentTypePropertyTypeContainerResponseModel,
	type DocumentTypeReferenceResponseModel,
	type DocumentTypeResponseModel,
	type DocumentValueResponseModel,
	type LanguageResponseModel,
	type MediaItemResponseModel,
} from '@umbraco-cms/backoffice/external/backend-api';
import type { UsyncContent, UsyncContentType, UsyncDataType, UsyncFolder, UsyncLanguage, UsyncPropertyType } from './usync.js';

/** The UI Umbraco 17 uses for its own editors, for data types that ship with Umbraco and so are not in uSync. */
const DEFAULT_EDITOR_UI: Record<string, string> = {
	'Umbraco.TextBox': 'Umb.PropertyEditorUi.TextBox',
	'Umbraco.TextArea': 'Umb.PropertyEditorUi.TextArea',
	'Umbraco.Tags': 'Umb.PropertyEditorUi.Tags',
	'Umbraco.DateTime': 'Umb.PropertyEditorUi.DatePicker',
	'Umbraco.TrueFalse': 'Umb.PropertyEditorUi.Toggle',
	'Umbraco.Integer': 'Umb.PropertyEditorUi.Integer',
	// Umbraco's own Tiptap UI needs a toolbar configuration uSync does not carry; the markup is edited as text here.
	'Umbraco.RichText': 'Umb.PropertyEditorUi.TextArea',
};

const UDI = /^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;

function guid(hex: string): string {
	const h = hex.toLowerCase();
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function parseJson(text: string, where: string): Json {
	try {
		return JSON.parse(text) as Json;
	} catch (e) {
		throw new Error(`${where}: the stored value is not JSON (${(e as Error).message}).`);
	}
}

const INSTALLER_LANGUAGE: UsyncLanguage = { isoCode: 'en-US', name: 'English (United States)', isDefault: true, isMandatory: false };

export class UsyncStore {
	readonly contentTypes: UsyncContentType[];
	readonly content: UsyncContent[];
	readonly languages: UsyncFolder['languages'];
	readonly #typesByKey = new Map<string, UsyncContentType>();
	readonly #typesByAlias = new Map<string, UsyncContentType>();
	readonly #dataTypes = new Map<string, UsyncDataType>();
	readonly #contentByKey = new Map<string, UsyncContent>();
	readonly #mediaByKey = new Map<string, UsyncContent>();
	readonly #mediaTypesByAlias = new Map<string, UsyncContentType>();
	/** Publish state per key; starts from uSync's Published flag. */
	readonly published = new Map<string, boolean>();

	constructor(folder: UsyncFolder) {
		this.contentTypes = folder.contentTypes;
		this.content = folder.content;
		// ClinicKit ships no language file; a site has at least the en-US that Umbraco's installer creates as its default,
		// which is what ClinicKit's validation assumes for such a folder too.
		this.languages = folder.languages.length > 0 ? folder.languages : [INSTALLER_LANGUAGE];
		for (const t of folder.contentTypes) {
			this.#typesByKey.set(t.key, t);
			this.#typesByAlias.set(t.alias, t);
		}
		for (const d of folder.dataTypes) this.#dataTypes.set(d.key, d);
		for (const t of folder.mediaTypes) this.#mediaTypesByAlias.set(t.alias, t);
		for (const m of folder.media) this.#mediaByKey.set(m.key, m);
		for (const c of folder.content) {
			this.#contentByKey.set(c.key, c);
			this.published.set(c.key, c.published);
		}
	}

	contentType(key: string): UsyncContentType | undefined {
		return this.#typesByKey.get(key);
	}

	contentTypeByAlias(alias: string): UsyncContentType | undefined {
		return this.#typesByAlias.get(alias);
	}

	node(key: string): UsyncContent | undefined {
		return this.#contentByKey.get(key);
	}

	typeOf(node: UsyncContent): UsyncContentType {
		const type = this.#typesByAlias.get(node.contentTypeAlias);
		if (!type) throw new Error(`${node.file}: content type "${node.contentTypeAlias}" is not in the uSync folder.`);
		return type;
	}

	/** The type's own properties and those of its compositions (recursively). */
	allProperties(type: UsyncContentType, seen = new Set<string>()): UsyncPropertyType[] {
		if (seen.has(type.key)) return [];
		seen.add(type.key);
		const inherited = type.compositionKeys.flatMap((k) => {
			const c = this.#typesByKey.get(k);
			return c ? this.allProperties(c, seen) : [];
		});
		return [...type.properties, ...inherited];
	}

	children(parentKey: string | null): UsyncContent[] {
		return this.content
			.filter((c) => c.parentKey === parentKey && !c.trashed)
			.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
	}

	ancestors(node: UsyncContent): UsyncContent[] {
		const out: UsyncContent[] = [];
		for (let p = node.parentKey ? this.node(node.parentKey) : undefined; p; p = p.parentKey ? this.node(p.parentKey) : undefined) {
			out.unshift(p);
		}
		return out;
	}

	state(node: UsyncContent): DocumentVariantStateModel {
		if (node.trashed) return DocumentVariantStateModel.TRASHED;
		return this.published.get(node.key) ? DocumentVariantStateModel.PUBLISHED : DocumentVariantStateModel.DRAFT;
	}

	// ── Document types ───────────────────────────────────────────────────────────────────────────────

	typeReference(type: UsyncContentType): DocumentTypeReferenceResponseModel {
		return { id: type.key, icon: type.icon, collection: null };
	}

	documentType(type: UsyncContentType): DocumentTypeResponseModel {
		const containers: DocumentTypePropertyTypeContainerResponseModel[] = type.tabs.map((t) => {
			const slash = t.alias.lastIndexOf('/');
			const parent = slash > 0 ? type.tabs.find((p) => p.alias === t.alias.slice(0, slash)) : undefined;
			return { id: t.key, name: t.caption, type: t.type, sortOrder: t.sortOrder, parent: parent ? { id: parent.key } : null };
		});
		return {
			id: type.key,
			alias: type.alias,
			name: type.name,
			description: type.description || null,
			icon: type.icon,
			allowedAsRoot: type.allowAtRoot,
			variesByCulture: type.variesByCulture,
			variesBySegment: false,
			collection: null,
			isElement: type.isElement,
			properties: type.properties.map((p) => {
				const container = type.tabs.find((t) => t.alias === p.container);
				return {
					id: p.key,
					container: container ? { id: container.key } : null,
					sortOrder: p.sortOrder,
					alias: p.alias,
					name: p.name,
					description: p.description || null,
					dataType: { id: p.dataTypeKey },
					variesByCulture: p.variesByCulture,
					variesBySegment: false,
					validation: {
						mandatory: p.mandatory,
						mandatoryMessage: p.mandatoryMessage || null,
						regEx: p.regex || null,
						regExMessage: p.regexMessage || null,
					},
					appearance: { labelOnTop: p.labelOnTop },
				};
			}),
			containers,
			allowedTemplates: [],
			defaultTemplate: null,
			cleanup: { preventCleanup: false, keepAllVersionsNewerThanDays: null, keepLatestVersionPerDayForDays: null },
			allowedDocumentTypes: type.allowedChildKeys.map((k, i) => ({ documentType: { id: k }, sortOrder: i })),
			compositions: type.compositionKeys.map((k) => ({
				documentType: { id: k },
				compositionType: CompositionTypeModel.COMPOSITION,
			})),
		};
	}

	documentTypeItem(type: UsyncContentType): DocumentTypeItemResponseModel {
		return { id: type.key, flags: [], name: type.name, isElement: type.isElement, icon: type.icon, description: type.description || null };
	}

	// ── Data types ───────────────────────────────────────────────────────────────────────────────────

	/** A data type from uSync, or, for one of Umbraco's own, what the property types that use it say about it. */
	dataType(key: string): DataTypeResponseModel | undefined {
		const stored = this.#dataTypes.get(key);
		if (stored) {
			return {
				id: stored.key,
				name: stored.name,
				editorAlias: stored.editorAlias,
				editorUiAlias: stored.editorUiAlias,
				values: Object.entries(stored.config).map(([alias, value]) => ({ alias, value })),
				isDeletable: true,
				canIgnoreStartNodes: stored.editorAlias === 'Umbraco.MultiNodeTreePicker',
			};
		}
		const user = this.contentTypes.flatMap((t) => t.properties).find((p) => p.dataTypeKey === key);
		const ui = user ? DEFAULT_EDITOR_UI[user.editorAlias] : undefined;
		if (!user || !ui) return undefined;
		return {
			id: key,
			name: user.editorAlias.replace(/^Umbraco\./, ''),
			editorAlias: user.editorAlias,
			editorUiAlias: ui,
			values: [],
			isDeletable: false,
			canIgnoreStartNodes: false,
		};
	}

	dataTypeItem(key: string): DataTypeItemResponseModel | undefined {
		const d = this.dataType(key);
		return d ? { id: d.id, flags: [], name: d.name, editorUiAlias: d.editorUiAlias, editorAlias: d.editorAlias, isDeletable: d.isDeletable } : undefined;
	}

	// ── Media ───────────────────────────────────────────────────────────────────────────────────────

	/** A media item as the media picker lists it. */
	mediaItem(key: string): MediaItemResponseModel | undefined {
		const media = this.#mediaByKey.get(key);
		if (!media) return undefined;
		const type = this.#mediaTypesByAlias.get(media.contentTypeAlias);
		if (!type) throw new Error(`${media.file}: media type "${media.contentTypeAlias}" is not in the uSync folder's MediaTypes.`);
		return {
			id: media.key,
			flags: [],
			isTrashed: media.trashed,
			parent: media.parentKey ? { id: media.parentKey } : null,
			hasChildren: [...this.#mediaByKey.values()].some((m) => m.parentKey === media.key),
			mediaType: { id: type.key, icon: type.icon, collection: null },
			variants: [{ name: media.name, culture: null }],
		};
	}

	/** The file an Image's umbracoFile points at ({ "src": "/media/…" }, as the Image Cropper stores it). */
	mediaFile(key: string): string | undefined {
		const media = this.#mediaByKey.get(key);
		const stored = media?.values.umbracoFile;
		if (!stored) return undefined;
		const value = parseJson(stored, `${media.file} umbracoFile`);
		return value && typeof value === 'object' && !Array.isArray(value) && typeof value.src === 'string' ? value.src : undefined;
	}

	// ── Documents ────────────────────────────────────────────────────────────────────────────────────

	variantItem(node: UsyncContent) {
		return { name: node.name, culture: null, id: node.key, flags: [], state: this.state(node) };
	}

	treeItem(node: UsyncContent): DocumentTreeItemResponseModel {
		const type = this.typeOf(node);
		return {
			hasChildren: this.children(node.key).length > 0,
			id: node.key,
			parent: node.parentKey ? { id: node.parentKey } : null,
			flags: [],
			noAccess: false,
			isTrashed: node.trashed,
			createDate: node.createDate,
			isProtected: false,
			ancestors: this.ancestors(node).map((a) => ({ id: a.key })),
			documentType: this.typeReference(type),
			variants: [this.variantItem(node)],
		};
	}

	item(node: UsyncContent): DocumentItemResponseModel {
		return {
			id: node.key,
			flags: [],
			isTrashed: node.trashed,
			isProtected: false,
			parent: node.parentKey ? { id: node.parentKey } : null,
			hasChildren: this.children(node.key).length > 0,
			documentType: this.typeReference(this.typeOf(node)),
			variants: [this.variantItem(node)],
		};
	}

	document(node: UsyncContent): DocumentResponseModel {
		const type = this.typeOf(node);
		const values: DocumentValueResponseModel[] = [];
		for (const p of this.allProperties(type)) {
			const stored = node.values[p.alias];
			if (stored === undefined || stored === '') continue;
			values.push({
				alias: p.alias,
				culture: null,
				segment: null,
				editorAlias: p.editorAlias,
				value: this.toEditor(p.editorAlias, stored, `${node.file} (${p.alias})`),
			});
		}
		const state = this.state(node);
		return {
			id: node.key,
			values,
			variants: [
				{
					culture: null,
					segment: null,
					name: node.name,
					createDate: node.createDate,
					updateDate: node.createDate,
					state,
					publishDate: state === DocumentVariantStateModel.PUBLISHED ? node.createDate : null,
					scheduledPublishDate: null,
					scheduledUnpublishDate: null,
					id: node.key,
					flags: [],
				},
			],
			flags: [],
			documentType: this.typeReference(type),
			template: null,
			isTrashed: node.trashed,
		};
	}

	/** A stored value (text, as uSync writes it) as the backoffice receives it. */
	toEditor(editorAlias: string, stored: unknown, where: string): unknown {
		const text = typeof stored === 'string' ? stored : undefined;
		switch (editorAlias) {
			case 'Umbraco.BlockList':
			case 'Umbraco.BlockGrid': {
				const value = text === undefined ? (stored as Json) : text.trim() ? parseJson(text, where) : null;
				return value === null ? null : this.#blockValue(value, where);
			}
			case 'Umbraco.RichText': {
				const value = text === undefined ? (stored as Json) : text.trim().startsWith('{') ? parseJson(text, where) : { markup: text };
				if (value && typeof value === 'object' && !Array.isArray(value) && value.blocks) {
					return { ...value, blocks: this.#blockValue(value.blocks, where) };
				}
				return value;
			}
			case 'Umbraco.MultiNodeTreePicker':
			case 'Umbraco.ContentPicker': {
				const entries = Array.isArray(stored) ? stored : (text ?? '').split(',');
				return entries
					.map((e) => UDI.exec(String(e).trim()))
					.filter((m): m is RegExpExecArray => !!m)
					.map((m) => ({ type: m[1], unique: guid(m[2]) }));
			}
			// MediaPicker3PropertyEditor's ToEditor gives the stored list as it is: [{ key, mediaKey, mediaTypeAlias, crops, focalPoint }].
			case 'Umbraco.MediaPicker3':
			case 'Umbraco.DropDown.Flexible':
			case 'Umbraco.Tags':
			case 'Umbraco.MultiUrlPicker':
				if (Array.isArray(stored)) return stored;
				if (!text?.trim()) return [];
				return text.trim().startsWith('[') ? parseJson(text, where) : [text.trim()];
			case 'Umbraco.DateTime':
				return text ? text.replace('T', ' ').replace(/\.\d+$/, '') : stored;
			case 'Umbraco.TrueFalse':
				return text === undefined ? Boolean(stored) : text.trim() === '1' || text.trim().toLowerCase() === 'true';
			case 'Umbraco.Integer':
				return text === undefined ? stored : text.trim() === '' ? null : Number(text);
			default:
				return stored;
		}
	}

	/** A block value with `layout` as the Management API names it, and block content values converted. */
	#blockValue(value: Json, where: string): unknown {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
		const { Layout, layout, contentData, settingsData, expose, ...rest } = value;
		const blocks = (data: Json | undefined) =>
			Array.isArray(data)
				? data.map((block) => {
						if (!block || typeof block !== 'object' || Array.isArray(block)) return block;
						const element = typeof block.contentTypeKey === 'string' ? this.contentType(block.contentTypeKey) : undefined;
						const values = Array.isArray(block.values) ? block.values : [];
						return {
							...block,
							values: values.map((v) => {
								if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
								const property = element?.properties.find((p) => p.alias === v.alias);
								if (!property) return v;
								return {
									...v,
									editorAlias: property.editorAlias,
									value: this.toEditor(property.editorAlias, v.value, `${where} block ${String(block.key)}`),
								};
							}),
						};
					})
				: [];
		return { ...rest, layout: layout ?? Layout ?? {}, contentData: blocks(contentData), settingsData: blocks(settingsData), expose: expose ?? [] };
	}

	// ── Languages ────────────────────────────────────────────────────────────────────────────────────

	languageModels(): LanguageResponseModel[] {
		return this.languages.map((l) => ({
			name: l.name,
			isDefault: l.isDefault,
			isMandatory: l.isMandatory,
			fallbackIsoCode: null,
			isoCode: l.isoCode,
		}));
	}
}
