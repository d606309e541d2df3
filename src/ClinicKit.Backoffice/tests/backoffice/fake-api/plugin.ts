/**
 * The Vite plugin that makes the dev server an Umbraco stand-in: `/umbraco/management/api/v1/*` answered by the
 * fake Management API, `/App_Plugins/ClinicKit/*` served from the built package folder (Vite resolves its bare
 * `@umbraco-cms/backoffice/*` imports to the same modules the app runs, as Umbraco's import map does), and any
 * other `/umbraco/*` path given the app's page so the backoffice router can deep-link.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DocumentTypes } from '../../../src/schema.js';
import { PublishGuard } from './publish-guard.js';
import { Answer, type Route } from './route.js';
import { routes } from './routes.js';
import { UsyncStore } from './store.js';
import { readUsyncFolder } from './usync.js';

export interface HarnessOptions {
	/** The uSync folder the documents come from. */
	usync: string;
	/** The built package folder, as the NuGet package ships it (App_Plugins/ClinicKit). */
	appPlugin: string;
	/** A file in the project whose node_modules provide @umbraco-cms/backoffice (the import map's stand-in). */
	resolveFrom: string;
	/** The site's media folder (where Umbraco keeps the files that Media items' umbracoFile points at). */
	media: string;
	/** The version of @umbraco-cms/backoffice being served. */
	backofficeVersion: string;
}

const API = '/umbraco/management/api/';
const PLUGIN_URL = '/App_Plugins/ClinicKit/';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#3544b1"/></svg>';

/** JSON for a header: non-ASCII escaped, as HTTP header values must be ASCII. */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	if (!text) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
	const isText = typeof body === 'string';
	const payload = body === undefined || body === '' ? '' : isText ? body : JSON.stringify(body);
	res.writeHead(status, { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
	res.end(payload);
}

export interface HarnessLog {
	/** Calls the fake has no route for: `METHOD path`. */
	unhandled: string[];
	/** Every API call in order: `METHOD path?query status`. */
	calls: string[];
}

export function clinicKitHarness(options: HarnessOptions): Plugin {
	const store = new UsyncStore(readUsyncFolder(options.usync));
	const guard = new PublishGuard(store);
	const log: HarnessLog = { unhandled: [], calls: [] };
	const packageFile = join(options.appPlugin, 'umbraco-package.json');
	const pluginRoot = resolve(options.appPlugin);
	const table: Route[] = routes({
		store,
		guard,
		backofficeVersion: options.backofficeVersion,
		packages: () => {
			if (!existsSync(packageFile)) throw new Error(`No ${packageFile}: run npm run build.`);
			return [JSON.parse(readFileSync(packageFile, 'utf8')) as { name: string; extensions: unknown[] }];
		},
	});

	return {
		name: 'clinickit-backoffice-harness',
		async resolveId(id, importer) {
			if (id.startsWith(PLUGIN_URL)) {
				const file = resolve(options.appPlugin, id.slice(PLUGIN_URL.length).split('?')[0]);
				if (file.startsWith(pluginRoot)) return file;
			}
			// The package's own imports resolve from this project's node_modules, as the import map does in Umbraco.
			if (importer?.startsWith(pluginRoot) && id.startsWith('@umbraco-cms/')) {
				return this.resolve(id, options.resolveFrom, { skipSelf: true });
			}
			return null;
		},
		configureServer(server) {
			// The package's modules do not change while the harness runs: let the browser keep them, so a page
			// after the first loads the backoffice from its cache instead of two thousand requests.
			server.middlewares.use((req, res, next) => {
				if (req.url?.startsWith('/node_modules/') || req.url?.startsWith('/@fs/')) {
					const setHeader = res.setHeader.bind(res);
					res.setHeader = (name: string, value: string | number | readonly string[]) =>
						setHeader(name, name.toLowerCase() === 'cache-control' ? 'max-age=3600' : value);
				}
				next();
			});
			server.middlewares.use((req, res, next) => {
				const url = new URL(req.url ?? '/', 'http://harness');
				if (url.pathname.startsWith(`${API}v1/security/back-office/graphics/`)) {
					// The login and header logos: a plain mark, so no image depends on a server.
					res.writeHead(200, { 'content-type': 'image/svg+xml' });
					res.end(LOGO);
					return;
				}
				if (url.pathname.startsWith('/media/')) {
					// Umbraco serves media files from its media folder (resized by ImageSharp; the harness sends them as they are).
					const file = resolve(options.media, decodeURIComponent(url.pathname.slice('/media/'.length)));
					if (!file.startsWith(resolve(options.media) + sep) || !existsSync(file)) {
						send(res, 404, '');
						return;
					}
					res.writeHead(200, { 'content-type': file.endsWith('.png') ? 'image/png' : 'application/octet-stream' });
					res.end(readFileSync(file));
					return;
				}
				if (url.pathname === '/__harness/schema') {
					// ClinicKit's content types as schema.ts names them and as the uSync folder has them (by key).
					const schema = Object.fromEntries(
						Object.entries(DocumentTypes).map(([name, t]) => [name, { key: t.key, alias: t.alias, usyncAlias: store.contentType(t.key)?.alias ?? null }]),
					);
					send(res, 200, schema);
					return;
				}
				if (url.pathname === '/__harness/log') {
					send(res, 200, log);
					return;
				}
				if (!url.pathname.startsWith(API)) {
					next();
					return;
				}
				const method = (req.method ?? 'GET').toUpperCase();
				void (async () => {
					for (const r of table) {
						if (r.method !== method) continue;
						const params = r.match(url.pathname);
						if (!params) continue;
						try {
							const body = await readBody(req);
							const result = r.handle({ params, query: url.searchParams, body });
							if (result instanceof Answer) {
								const headers = { ...result.headers };
								if (headers['Umb-Notifications']) headers['Umb-Notifications'] = asciiJson(JSON.parse(headers['Umb-Notifications']));
								send(res, result.status, result.body, headers);
								log.calls.push(`${method} ${url.pathname}${url.search} ${result.status}`);
							} else {
								send(res, 200, result);
								log.calls.push(`${method} ${url.pathname}${url.search} 200`);
							}
						} catch (e) {
							server.config.logger.error(`fake Management API: ${method} ${url.pathname}: ${(e as Error).stack ?? String(e)}`);
							send(res, 500, { type: 'Error', title: (e as Error).message, status: 500 });
							log.calls.push(`${method} ${url.pathname}${url.search} 500`);
						}
						return;
					}
					log.unhandled.push(`${method} ${url.pathname}`);
					log.calls.push(`${method} ${url.pathname}${url.search} 404 (no route)`);
					send(res, 404, { type: 'Error', title: `The ClinicKit harness does not answer ${method} ${url.pathname}`, status: 404 });
				})();
			});
		},
	};
}
