/**
 * A typed route table for the fake Management API. Each route names the generated `…Data` type of the endpoint
 * (its `url` literal comes from types.gen.d.ts) and the generated response type, so a path or a response shape
 * that differs from Umbraco 17.1.0's fails `tsc` instead of a screen.
 */
import type { ProblemDetails } from '@umbraco-cms/backoffice/external/backend-api';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface FakeRequest<Body> {
	/** Path parameters by name, e.g. `{ id }` for `/document/{id}`. */
	params: Record<string, string>;
	query: URLSearchParams;
	body: Body;
}

/** An answer other than 200 with the typed body: a status, a body, and headers. */
export class Answer {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {}

	static problem(status: number, problem: ProblemDetails, headers: Record<string, string> = {}): Answer {
		return new Answer(status, problem, { 'content-type': 'application/problem+json', ...headers });
	}

	static notFound(title: string): Answer {
		return Answer.problem(404, { type: 'Error', title, status: 404 });
	}
}

export interface Route {
	method: Method;
	url: string;
	match(path: string): Record<string, string> | undefined;
	handle(request: FakeRequest<unknown>): unknown;
}

interface EndpointData {
	url: string;
	body?: unknown;
}

function compile(url: string): (path: string) => Record<string, string> | undefined {
	const names: string[] = [];
	const source = url
		.split(/(\{[a-zA-Z]+\})/)
		.map((part) => {
			const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
			if (name) {
				names.push(name);
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	const pattern = new RegExp(`^${source}$`);
	return (path) => {
		const m = pattern.exec(path);
		if (!m) return undefined;
		return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
	};
}

/** A route whose 200 answer must be the generated response type `Response`. */
export function route<Data extends EndpointData, Response>(
	method: Method,
	url: Data['url'],
	handle: (request: FakeRequest<Data['body']>) => Response | Answer,
): Route {
	return { method, url, match: compile(url), handle: handle as (request: FakeRequest<unknown>) => unknown };
}
