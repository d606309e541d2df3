/** Audits an article from its property values, looking up what it cites through a {@link ContentSource}. */
import type { CheckOptions, ReviewInfo } from '../claims/types.js';
import { auditArticle, citedKeysOf, type ArticleAudit } from '../claims/view-model.js';
import { Props } from '../schema.js';
import type { ContentSource } from './content-source.js';
import { dateText, propertyValue, text, toStoredBlockValue, type PropertyValue } from './values.js';

export interface ArticleReview {
	reviewedBy: string;
	lastReviewed: string;
	nextReviewDue: string;
}

export function reviewOf(values: readonly PropertyValue[] | undefined): ArticleReview {
	return {
		reviewedBy: text(propertyValue(values, Props.reviewedBy)),
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
	const review = reviewOf(values);
	const keys = citedKeysOf(body);
	const details = keys.length ? await source.citations(keys) : {};
	const treatment = text(propertyValue(values, Props.treatment));
	const audit = auditArticle({ body, details, review: review satisfies ReviewInfo, treatment, today, options });
	return { audit, review };
}
