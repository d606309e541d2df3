/** What the Claims tab, the claim preview and the dashboard show, built from the rules' output. Pure. */
import { plainTextFinding, type PlainTextStatement } from './detection.js';
import { canMakeClaim } from './make-claim.js';
import { checkArticle, citedDocumentKeys, readClaims } from './rules.js';
import type { CheckOptions, CitationInfo, CitationState, Claim, Finding, ReviewInfo } from './types.js';

/** What is known about a cited document, for showing it: the rules read `title` and `state`. */
export interface CitationDetails extends CitationInfo {
	key: string;
	/** A short source line, e.g. "Berman RM et al. · Biological Psychiatry · 2000". */
	source?: string;
	/** The backoffice path of the citation, when it exists. */
	href?: string;
}

export type CitationDisplayState = CitationState | 'missing';

export interface CitationView {
	/** The article-wide reference number: citations are numbered in order of first citation. */
	number: number;
	key: string;
	title: string;
	source: string;
	state: CitationDisplayState;
	href?: string;
}

export interface ClaimView {
	number: number;
	blockKey: string;
	statement: string;
	qualifier: string;
	claimType: string;
	evidenceStrength: string;
	citations: CitationView[];
	findings: Finding[];
}

/** A medical claim in a text block (CK0322), with whether "make this a claim" can move it as written. */
export interface StatementView extends PlainTextStatement {
	canMakeClaim: boolean;
}

export interface ArticleAudit {
	claims: ClaimView[];
	/** CK0320 / CK0321 / CK0310 / CK0311: findings about the article, not one claim and not its plain text. */
	articleFindings: Finding[];
	/** The sentences of text blocks that make a medical claim, in layout order. */
	statements: StatementView[];
	findings: Finding[];
	errors: number;
	warnings: number;
}

/** Reference numbers: every distinct picked citation, numbered 1, 2, ... in order of first citation. */
export function referenceNumbers(claims: readonly Claim[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const claim of claims) {
		for (const picked of claim.citations) {
			if (!numbers.has(picked.key)) numbers.set(picked.key, numbers.size + 1);
		}
	}
	return numbers;
}

export function citationView(
	picked: { key: string; isDocument: boolean },
	number: number,
	details: Readonly<Record<string, CitationDetails>>,
): CitationView {
	const known = picked.isDocument && Object.prototype.hasOwnProperty.call(details, picked.key) ? details[picked.key] : undefined;
	return {
		number,
		key: picked.key,
		title: known ? known.title || picked.key : picked.key,
		source: known?.source ?? '',
		state: known ? known.state : 'missing',
		href: known?.href,
	};
}

export function claimViews(
	claims: readonly Claim[],
	findings: readonly Finding[],
	details: Readonly<Record<string, CitationDetails>>,
): ClaimView[] {
	const numbers = referenceNumbers(claims);
	return claims.map((claim) => ({
		number: claim.number,
		blockKey: claim.blockKey,
		statement: claim.statement,
		qualifier: claim.qualifier,
		claimType: claim.claimType,
		evidenceStrength: claim.evidenceStrength,
		citations: claim.citations.map((p) => citationView(p, numbers.get(p.key) ?? 0, details)),
		findings: findings.filter((f) => f.claim === claim.number),
	}));
}

/** Runs the rules on an article and shapes the result for display. */
export function auditArticle(input: {
	body: unknown;
	details: Readonly<Record<string, CitationDetails>>;
	review?: ReviewInfo | null;
	treatment?: string | null;
	today: string;
	options?: CheckOptions;
}): ArticleAudit {
	const { claims, statements, findings } = checkArticle({
		body: input.body,
		citations: input.details,
		review: input.review,
		treatment: input.treatment,
		today: input.today,
		options: input.options,
	});
	return {
		claims: claimViews(claims, findings, input.details),
		articleFindings: findings.filter((f) => f.claim === null && f.code !== plainTextFinding.code),
		statements: statements.map((s) => ({ ...s, canMakeClaim: canMakeClaim(input.body, s.blockKey, s.sentence) })),
		findings,
		errors: findings.filter((f) => f.severity === 'error').length,
		warnings: findings.filter((f) => f.severity === 'warning').length,
	};
}

/** The document keys an article body cites (what to look up before auditing it). */
export function citedKeysOf(body: unknown): string[] {
	return citedDocumentKeys(readClaims(body));
}
