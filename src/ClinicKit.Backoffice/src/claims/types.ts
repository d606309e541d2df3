/** Types of ClinicKit's claim rules. The rules themselves are data: ../../../ClinicKit.Content/Claims/claim-rules.json. */

export type Severity = 'error' | 'warning';

/** What is known about a cited document. `state` is `published`, `unpublished` or `trashed`. */
export type CitationState = 'published' | 'unpublished' | 'trashed';

export interface CitationInfo {
	title: string;
	state: CitationState;
}

/** Cited documents by key (lowercase GUID with dashes). A key that is missing does not exist. */
export type CitationMap = Readonly<Record<string, CitationInfo>>;

export interface ReviewInfo {
	reviewedBy?: string | null;
	lastReviewed?: string | null;
	nextReviewDue?: string | null;
}

export interface CheckOptions {
	/** Makes CK0310 (review overdue) an error instead of a warning. */
	reviewOverdueIsError?: boolean;
}

/** One picked citation of a claim, as written in the block. */
export interface PickedCitation {
	/** The document key (lowercase GUID with dashes), or the entry's text when it is not a document UDI. */
	key: string;
	/** True when the entry was a document UDI. */
	isDocument: boolean;
}

/** A claim block read from an article body. */
export interface Claim {
	/** 1, 2, ... among claim blocks, in layout order. */
	number: number;
	blockKey: string;
	/** Trimmed, whitespace collapsed. */
	statement: string;
	citations: PickedCitation[];
	claimType: string;
	evidenceStrength: string;
	/** Trimmed, whitespace collapsed. */
	qualifier: string;
	/** The safety block section this claim is a point of, or null for a claim in the body. */
	safetySection: string | null;
}

export interface Finding {
	code: string;
	severity: Severity;
	claim: number | null;
	blockKey: string | null;
	citation: string | null;
	message: string;
}
