/** The Clinics dashboard's rows: which library articles each clinic reuses, and how their audits stand. Pure. */
import { dateOnly } from '../claims/rules.js';

/** A clinicKitClinicArticle page under a clinicKitClinicSite, and the library article it picks (if any). */
export interface ClinicPageInput {
	key: string;
	name: string;
	href?: string;
	articleKey?: string;
}

export interface ClinicInput {
	key: string;
	name: string;
	href?: string;
	pages: ClinicPageInput[];
}

/** What the dashboard shows of a library article. */
export interface ArticleSummary {
	key: string;
	name: string;
	href?: string;
	reviewedBy: string;
	reviewerIsDemo: boolean;
	lastReviewed: string;
	nextReviewDue: string;
	errors: number;
	warnings: number;
	/** False when the article is in the recycle bin or does not exist. */
	available?: boolean;
}

export interface ClinicArticleRow {
	pageKey: string;
	pageName: string;
	pageHref?: string;
	article?: ArticleSummary;
	/** Picked but not found (deleted, or no access). */
	articleMissing: boolean;
	overdue: boolean;
	/** The other clinics that reuse the same library article. */
	alsoUsedBy: string[];
}

export interface ClinicRow {
	key: string;
	name: string;
	href?: string;
	articles: ClinicArticleRow[];
}

export function clinicRows(
	clinics: readonly ClinicInput[],
	articles: ReadonlyMap<string, ArticleSummary>,
	today: string,
): ClinicRow[] {
	const clinicsByArticle = new Map<string, Set<string>>();
	for (const clinic of clinics) {
		for (const page of clinic.pages) {
			if (!page.articleKey) continue;
			const users = clinicsByArticle.get(page.articleKey) ?? new Set<string>();
			users.add(clinic.key);
			clinicsByArticle.set(page.articleKey, users);
		}
	}
	const nameOf = new Map(clinics.map((c) => [c.key, c.name]));
	const now = dateOnly(today);
	return clinics.map((clinic) => ({
		key: clinic.key,
		name: clinic.name,
		href: clinic.href,
		articles: clinic.pages.map((page) => {
			const article = page.articleKey ? articles.get(page.articleKey) : undefined;
			const due = dateOnly(article?.nextReviewDue);
			const others = page.articleKey
				? [...(clinicsByArticle.get(page.articleKey) ?? [])].filter((k) => k !== clinic.key)
				: [];
			return {
				pageKey: page.key,
				pageName: page.name,
				pageHref: page.href,
				article,
				articleMissing: !!page.articleKey && (!article || article.available === false),
				overdue: due !== '' && now !== '' && due < now,
				alsoUsedBy: others.map((k) => nameOf.get(k) ?? k).sort((a, b) => a.localeCompare(b)),
			};
		}),
	}));
}

/** How many distinct library articles the clinics reuse. */
export function reusedArticleCount(rows: readonly ClinicRow[]): number {
	return new Set(rows.flatMap((c) => c.articles.map((a) => a.article?.key).filter(Boolean))).size;
}
