/**
 * ClinicKit's claim rules, exactly as src/ClinicKit.Content/Claims/RULES.md defines them.
 * Codes, severities, messages, the claim block's key and aliases and the limited-evidence list come from
 * claim-rules.json, the file the C# ClaimChecker reads too; nothing of it is repeated here.
 */
import ruleData from '../../../ClinicKit.Content/Claims/claim-rules.json';
import { blocksInLayoutOrder, invariantValue, type BlockData } from './block-value.js';
import { findPlainTextStatements, plainTextFinding, type PlainTextStatement } from './detection.js';
import type {
	CheckOptions,
	CitationMap,
	Claim,
	Finding,
	PickedCitation,
	ReviewInfo,
	Severity,
} from './types.js';

export const claimRules = ruleData;

interface RuleDefinition {
	code: string;
	severity: Severity;
	message: string;
}

const rulesByCode = new Map<string, RuleDefinition>(
	[...ruleData.claimRules, ...ruleData.treatmentRules, plainTextFinding, ...ruleData.reviewRules].map((r) => [r.code, r as RuleDefinition]),
);

/** The rule codes in the order RULES.md applies them (claim rules, treatment rules, plain text, then review rules). */
export const ruleCodes = [...rulesByCode.keys()];

const CLAIM_BLOCK_KEY = ruleData.claimBlock.elementTypeKey.toLowerCase();
const PROPS = ruleData.claimBlock.properties;
const SAFETY_BLOCK_KEY = ruleData.safetyBlock.elementTypeKey.toLowerCase();
const SAFETY_SECTIONS = ruleData.safetyBlock.sections;
const LIMITED_EVIDENCE = new Set<string>(ruleData.limitedEvidence);
const PREVIEW_LENGTH = ruleData.statementPreviewLength;

const DOCUMENT_UDI = /^umb:\/\/document\/([0-9a-fA-F]{32})$/;
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;

/** Looks up a rule from claim-rules.json; throws for a code it does not define. */
export function rule(code: string): RuleDefinition {
	const r = rulesByCode.get(code);
	if (!r) throw new Error(`claim-rules.json defines no rule ${code}`);
	return r;
}

/**
 * The claim blocks of an article body, numbered 1, 2, ... in layout order; a safety block's points (claim blocks in
 * each of its sections, in section order) are claims too, numbered where the safety block stands.
 */
export function readClaims(body: unknown): Claim[] {
	const claims: Claim[] = [];
	for (const block of blocksInLayoutOrder(body)) {
		const type = block.contentTypeKey.toLowerCase();
		if (type === CLAIM_BLOCK_KEY) claims.push(toClaim(block, claims.length + 1, null));
		else if (type === SAFETY_BLOCK_KEY) {
			for (const section of SAFETY_SECTIONS) {
				for (const point of blocksInLayoutOrder(invariantValue(block, section))) {
					if (point.contentTypeKey.toLowerCase() === CLAIM_BLOCK_KEY) claims.push(toClaim(point, claims.length + 1, section));
				}
			}
		}
	}
	return claims;
}

function toClaim(block: BlockData, number: number, safetySection: string | null): Claim {
	return {
		number,
		blockKey: block.key,
		statement: cleanText(invariantValue(block, PROPS.statement)),
		citations: parseCitations(invariantValue(block, PROPS.citations)),
		claimType: firstChoice(invariantValue(block, PROPS.claimType)),
		evidenceStrength: firstChoice(invariantValue(block, PROPS.evidenceStrength)),
		qualifier: cleanText(invariantValue(block, PROPS.qualifier)),
		safetySection,
	};
}

/** Text: trimmed, runs of whitespace become one space. Anything that is not a string is empty. */
export function cleanText(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Picked citations: a CSV string of document UDIs or an array of such strings, in picked order.
 * An entry that is not a document UDI is kept by its text (it counts as a citation that does not exist).
 */
export function parseCitations(value: unknown): PickedCitation[] {
	let entries: string[];
	if (typeof value === 'string') entries = value.split(',');
	else if (Array.isArray(value)) entries = value.filter((v): v is string => typeof v === 'string');
	else entries = [];
	return entries
		.map((e) => e.trim())
		.filter((e) => e !== '')
		.map((e) => {
			const m = DOCUMENT_UDI.exec(e);
			return m ? { key: guidFromHex(m[1]), isDocument: true } : { key: e, isDocument: false };
		});
}

/** A 32-hex-digit id as a lowercase GUID with dashes. */
export function guidFromHex(hex: string): string {
	const h = hex.toLowerCase();
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A dropdown value: a string, a JSON array string such as `["Efficacy"]`, or an array; the first item, trimmed. */
export function firstChoice(value: unknown): string {
	let v = value;
	if (typeof v === 'string' && v.trim().startsWith('[')) {
		try {
			v = JSON.parse(v);
		} catch {
			// Not JSON: the string itself is the choice.
		}
	}
	if (Array.isArray(v)) v = v[0];
	return typeof v === 'string' ? v.trim() : '';
}

/** `yyyy-MM-dd` from a date or an ISO date-time (only the date counts); '' when there is none. */
export function dateOnly(value: unknown): string {
	if (typeof value !== 'string') return '';
	const m = DATE_PREFIX.exec(value.trim());
	return m ? m[1] : '';
}

/** `Claim N ("<statement>")`, or `Claim N` when the statement is empty; long statements are cut with '…'. */
export function claimLabel(claim: Pick<Claim, 'number' | 'statement'>): string {
	if (claim.statement === '') return `Claim ${claim.number}`;
	return `Claim ${claim.number} ("${statementPreview(claim.statement)}")`;
}

export function statementPreview(statement: string): string {
	if (statement.length <= PREVIEW_LENGTH) return statement;
	return statement.slice(0, PREVIEW_LENGTH - 1).trimEnd() + '\u2026';
}

/** Fills `{name}` placeholders in one pass, so text that looks like a placeholder or a `$` pattern stays as written. */
export function formatMessage(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole,
	);
}

function finding(
	code: string,
	values: Record<string, string>,
	at: { claim?: Claim; citation?: string; blockKey?: string },
	severity?: Severity,
): Finding {
	const r = rule(code);
	return {
		code,
		severity: severity ?? r.severity,
		claim: at.claim?.number ?? null,
		blockKey: at.claim?.blockKey ?? at.blockKey ?? null,
		citation: at.citation ?? null,
		message: formatMessage(r.message, values),
	};
}

/** The findings for one claim, in rule order (RULES.md steps 1-5). */
export function checkClaim(claim: Claim, citations: CitationMap): Finding[] {
	const out: Finding[] = [];
	const label = { claim: claimLabel(claim) };
	if (claim.statement === '') out.push(finding('CK0304', label, { claim }));
	if (claim.citations.length === 0) out.push(finding('CK0301', label, { claim }));
	for (const picked of claim.citations) {
		const known = picked.isDocument ? lookup(citations, picked.key) : undefined;
		if (!known) {
			out.push(finding('CK0302', { ...label, citation: picked.key }, { claim, citation: picked.key }));
		} else if (known.state !== 'published') {
			const title = known.title || picked.key;
			out.push(finding('CK0303', { ...label, citation: title }, { claim, citation: picked.key }));
		}
	}
	if (claim.claimType === '' || claim.evidenceStrength === '') out.push(finding('CK0306', label, { claim }));
	if (LIMITED_EVIDENCE.has(claim.evidenceStrength) && claim.qualifier === '') {
		out.push(finding('CK0305', label, { claim }));
	}
	return out;
}

/** An article that names a treatment needs cited safety points (CK0320) and a regulatory-status claim (CK0321). */
export function checkTreatment(claims: readonly Claim[], treatment: string | null | undefined): Finding[] {
	const name = cleanText(treatment);
	if (name === '') return [];
	const out: Finding[] = [];
	if (!claims.some((c) => c.safetySection !== null)) out.push(finding('CK0320', { treatment: name }, {}));
	if (!claims.some((c) => c.claimType === ruleData.regulatoryClaimType)) out.push(finding('CK0321', { treatment: name }, {}));
	return out;
}

/** CK0322 for each sentence of a text block that makes a medical claim outside a claim block. */
export function checkPlainText(statements: readonly PlainTextStatement[]): Finding[] {
	return statements.map((s) =>
		finding(plainTextFinding.code, { block: String(s.block), kind: s.kind.label, sentence: s.sentence }, { blockKey: s.blockKey }),
	);
}

/** The article-level findings: CK0310 (review overdue), then CK0311 (claims but no review recorded). */
export function checkReview(
	claimCount: number,
	review: ReviewInfo | null | undefined,
	today: string,
	options: CheckOptions = {},
): Finding[] {
	const out: Finding[] = [];
	const due = dateOnly(review?.nextReviewDue);
	const now = dateOnly(today);
	if (due !== '' && now !== '' && due < now) {
		out.push(finding('CK0310', { due }, {}, options.reviewOverdueIsError ? 'error' : undefined));
	}
	const reviewedBy = cleanText(review?.reviewedBy);
	const lastReviewed = cleanText(review?.lastReviewed);
	if (claimCount > 0 && (reviewedBy === '' || lastReviewed === '')) out.push(finding('CK0311', {}, {}));
	return out;
}

export interface ArticleInput {
	body: unknown;
	citations: CitationMap;
	review?: ReviewInfo | null;
	/** The article's treatment property; empty when it discusses none. */
	treatment?: string | null;
	today: string;
	options?: CheckOptions;
}

export interface ArticleResult {
	claims: Claim[];
	statements: PlainTextStatement[];
	findings: Finding[];
}

/**
 * Checks an article: every claim in layout order, then what a treatment article needs, then the medical claims in its
 * text blocks, then the review.
 */
export function checkArticle(input: ArticleInput): ArticleResult {
	const claims = readClaims(input.body);
	const statements = findPlainTextStatements(input.body);
	const findings = claims.flatMap((c) => checkClaim(c, input.citations));
	findings.push(...checkTreatment(claims, input.treatment));
	findings.push(...checkPlainText(statements));
	findings.push(...checkReview(claims.length, input.review, input.today, input.options));
	return { claims, statements, findings };
}

/** Every document key the claims cite (for looking up titles and states), without repeats. */
export function citedDocumentKeys(claims: readonly Claim[]): string[] {
	return [...new Set(claims.flatMap((c) => c.citations.filter((p) => p.isDocument).map((p) => p.key)))];
}

function lookup(citations: CitationMap, key: string) {
	return Object.prototype.hasOwnProperty.call(citations, key) ? citations[key] : undefined;
}
