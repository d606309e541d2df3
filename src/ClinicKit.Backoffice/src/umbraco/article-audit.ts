/** Audits an article from its property values, looking up what it cites through a {@link ContentSource}. */
import type { CheckOptions, ReviewInfo } from '../claims/types.js';
import { auditArticle, citedKeysOf, type ArticleAudit } from '../claims/view-model.js';
import { Props } from '../schema.js';
import type { ContentSource } from './content-source.js';
import { reviewerOf } from './reviewer.js';
import { dateText, propertyValue, text, toStoredBlockValue, type PropertyValue } from './values.js';

export interface ArticleReview {
	/** The picked reviewer's name, or the pick as stored when it does not resolve to a reviewer. */
	reviewedBy: string;
	/** The picked reviewer is demo data: a placeholder who does not exist. */
	reviewerIsDemo: boolean;
	lastReviewed: string;
	nextReviewDue: string;
}

export async function reviewOf(values: readonly PropertyValue[] | undefined, source: ContentSource): Promise<ArticleReview> {
	const reviewer = await reviewerOf(propertyValue(values, Props.reviewedBy), source);
	return {
		reviewedBy: reviewer.name,
		reviewerIsDemo: reviewer.isDemo,
		lastReviewed: dateText(propertyValue(values, Props.lastReviewed)),
		nextReviewDue: dateText(propertyValue(values, Props.nextReviewDue)),
	};
}

/** The article body in the stored shape the rules read. */
export function bodyOf(values: readonly PropertyValue[] | undefined): unknown {
	return toStoredBlockValue(propertyValue(values, Props.body));
}

export async function auditArticleValues(
	values: readonly PropertyValue[] | undefined,
	source: ContentSource,
	today: string,
	options?: CheckOptions,
): Promise<{ audit: ArticleAudit; review: ArticleReview }> {
	const body = bodyOf(values);
	const review = await reviewOf(values, source);
	const keys = citedKeysOf(body);
	const details = keys.length ? await source.citations(keys) : {};
	const treatment = text(propertyValue(values, Props.treatment));
	const audit = auditArticle({ body, details, review: review satisfies ReviewInfo, treatment, today, options });
	return { audit, review };
}
