/**
 * Reads a uSync v17 folder (ContentTypes, DataTypes, Content, Languages) into plain records for the fake
 * Management API. The element and attribute names are uSync's (see /work/shared/reference/usync-format.md);
 * aliases and keys come from the files, never from this code.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface UsyncContentType {
	key: string;
	alias: string;
	name: string;
	icon: string;
	description: string;
	allowAtRoot: boolean;
	isElement: boolean;
	variesByCulture: boolean;
	listView: string | null;
	compositionKeys: string[];
	allowedChildKeys: string[];
	properties: UsyncPropertyType[];
	tabs: UsyncTab[];
	file: string;
}

export interface UsyncPropertyType {
	key: string;
	alias: string;
	name: string;
	description: string;
	dataTypeKey: string;
	editorAlias: string;
	mandatory: boolean;
	mandatoryMessage: string;
	regex: string;
	regexMessage: string;
	sortOrder: number;
	/** The alias of the tab or group the property sits in; '' for none. */
	container: string;
	labelOnTop: boolean;
	variesByCulture: boolean;
}

export interface UsyncTab {
	key: string;
	alias: string;
	caption: string;
	type: 'Tab' | 'Group';
	sortOrder: number;
}

export interface UsyncDataType {
	key: string;
	name: string;
	editorAlias: string;
	editorUiAlias: string;
	config: Record<string, unknown>;
	file: string;
}

export interface UsyncContent {
	key: string;
	name: string;
	parentKey: string | null;
	level: number;
	contentTypeAlias: string;
	trashed: boolean;
	published: boolean;
	sortOrder: number;
	createDate: string;
	/** Property alias to its stored value, as uSync writes it (text). */
	values: Record<string, string>;
	file: string;
}

export interface UsyncLanguage {
	isoCode: string;
	name: string;
	isDefault: boolean;
	isMandatory: boolean;
}

export interface UsyncFolder {
	contentTypes: UsyncContentType[];
	dataTypes: UsyncDataType[];
	mediaTypes: UsyncContentType[];
	content: UsyncContent[];
	media: UsyncContent[];
	languages: UsyncLanguage[];
}

const ARRAYS = new Set([
	'ContentType.GenericProperties.GenericProperty',
	'ContentType.Tabs.Tab',
	'ContentType.Info.Compositions.Composition',
	'ContentType.Structure.ContentType',
	'MediaType.GenericProperties.GenericProperty',
	'MediaType.Tabs.Tab',
	'MediaType.Info.Compositions.Composition',
	'MediaType.Structure.MediaType',
]);
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	textNodeName: '#text',
	isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});

type Node = Record<string, unknown>;

function parse(file: string): Node {
	const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	return parser.parse(text) as Node;
}

function str(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'object' && '#text' in value) return str((value as Node)['#text']);
	return '';
}

const bool = (value: unknown) => str(value).toLowerCase() === 'true';
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : []);
const node = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});

function configs(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((f) => f.endsWith('.config'))
		.sort()
		.map((f) => join(folder, f));
}

/** A document or media type: uSync writes both alike, under a root named for the kind. */
const readContentType = (kind: 'ContentType' | 'MediaType') => (file: string): UsyncContentType => {
	const root = node(parse(file)[kind]);
	const info = node(root.Info);
	const props = node(root.GenericProperties);
	const tabs = node(root.Tabs);
	const listView = str(info.ListView);
	return {
		key: str(root['@Key']),
		alias: str(root['@Alias']),
		name: str(info.Name),
		icon: str(info.Icon),
		description: str(info.Description),
		allowAtRoot: bool(info.AllowAtRoot),
		isElement: bool(info.IsElement),
		variesByCulture: str(info.Variations).includes('Culture'),
		listView: listView && !/^0{8}-/.test(listView) ? listView : null,
		compositionKeys: list(node(info.Compositions).Composition).map((c) => str(c['@Key'])),
		allowedChildKeys: list(node(root.Structure)[kind]).map((c) => str(c['@Key'])),
		properties: list(props.GenericProperty).map((p) => ({
			key: str(p.Key),
			alias: str(p.Alias),
			name: str(p.Name),
			description: str(p.Description),
			dataTypeKey: str(p.Definition),
			editorAlias: str(p.Type),
			mandatory: bool(p.Mandatory),
			mandatoryMessage: str(p.MandatoryMessage),
			regex: str(p.Validation),
			regexMessage: str(p.ValidationRegExpMessage),
			sortOrder: Number(str(p.SortOrder)) || 0,
			container: str(node(p.Tab)['@Alias']),
			labelOnTop: bool(p.LabelOnTop),
			variesByCulture: str(p.Variations).includes('Culture'),
		})),
		tabs: list(tabs.Tab).map((t) => ({
			key: str(t.Key),
			alias: str(t.Alias),
			caption: str(t.Caption),
			type: str(t.Type) === 'Group' ? 'Group' : 'Tab',
			sortOrder: Number(str(t.SortOrder)) || 0,
		})),
		file,
	};
};

function readDataType(file: string): UsyncDataType {
	const root = node(parse(file).DataType);
	const info = node(root.Info);
	const configText = str(root.Config);
	let config: Record<string, unknown> = {};
	if (configText) {
		try {
			config = JSON.parse(configText) as Record<string, unknown>;
		} catch (e) {
			throw new Error(`${file}: the data type's <Config> is not JSON (${(e as Error).message}).`);
		}
	}
	return {
		key: str(root['@Key']),
		name: str(info.Name),
		editorAlias: str(info.EditorAlias),
		editorUiAlias: str(info.EditorUIAlias),
		config,
		file,
	};
}

/** A content or media item: uSync writes both with the same Info and Properties, under a root named for the kind. */
const readItem = (kind: 'Content' | 'Media') => (file: string): UsyncContent => {
	const root = node(parse(file)[kind]);
	const info = node(root.Info);
	const parent = node(info.Parent);
	const values: Record<string, string> = {};
	for (const [alias, property] of Object.entries(node(root.Properties))) {
		// Invariant properties have one <Value>; culture variants add a Culture attribute (the default is kept).
		const entries = list(node(property).Value);
		const invariant = entries.find((v) => !str(node(v)['@Culture'])) ?? entries[0];
		values[alias] = typeof invariant === 'string' ? invariant : str(invariant?.['#text'] ?? '');
	}
	return {
		key: str(root['@Key']),
		name: str(node(info.NodeName)['@Default']) || str(root['@Alias']),
		// uSync writes the empty GUID as the parent of root nodes.
		parentKey: /^[0-]*$/.test(str(parent['@Key'])) ? null : str(parent['@Key']),
		level: Number(str(root['@Level'])) || 1,
		contentTypeAlias: str(info.ContentType),
		trashed: bool(info.Trashed),
		published: str(node(info.Published)['@Default']).toLowerCase() === 'true',
		sortOrder: Number(str(info.SortOrder)) || 0,
		createDate: str(info.CreateDate),
		values,
		file,
	};
};

function readLanguage(file: string): UsyncLanguage {
	const root = node(parse(file).Language);
	return {
		isoCode: str(root.IsoCode),
		name: str(root.Name),
		isDefault: bool(root.IsDefault),
		isMandatory: bool(root.IsMandatory),
	};
}

/** Reads the folder; a file that does not parse fails with its path in the message. */
export function readUsyncFolder(folder: string): UsyncFolder {
	const read = <T>(sub: string, reader: (file: string) => T): T[] =>
		configs(join(folder, sub)).map((file) => {
			try {
				return reader(file);
			} catch (e) {
				const message = (e as Error).message;
				throw new Error(message.startsWith(file) ? message : `${file}: ${message}`);
			}
		});
	if (!existsSync(folder)) throw new Error(`No uSync folder at ${folder}.`);
	return {
		contentTypes: read('ContentTypes', readContentType('ContentType')),
		dataTypes: read('DataTypes', readDataType),
		mediaTypes: read('MediaTypes', readContentType('MediaType')),
		content: read('Content', readItem('Content')),
		media: read('Media', readItem('Media')),
		languages: read('Languages', readLanguage),
	};
}
