/** Builds the Clinics dashboard's rows from the content tree through a {@link ContentSource}. */
import { DocumentTypes, Props } from '../schema.js';
import { auditArticleValues } from '../umbraco/article-audit.js';
import type { ContentSource } from '../umbraco/content-source.js';
import { pickedDocumentKeys, propertyValue } from '../umbraco/values.js';
import { clinicRows, type ArticleSummary, type ClinicInput, type ClinicRow } from './clinic-model.js';

export async function loadClinics(source: ContentSource, today: string): Promise<ClinicRow[]> {
	const roots = (await source.roots()).filter(
		(n) => !n.isTrashed && n.documentTypeKey === DocumentTypes.clinicSite.key,
	);
	const clinics: ClinicInput[] = await Promise.all(
		roots.map(async (root) => {
			const pages = (await source.children(root.key)).filter(
				(n) => !n.isTrashed && n.documentTypeKey === DocumentTypes.clinicArticle.key,
			);
			return {
				key: root.key,
				name: root.name,
				href: source.editPath(root.key),
				pages: await Promise.all(
					pages.map(async (page) => {
						const doc = await source.document(page.key);
						const [articleKey] = pickedDocumentKeys(propertyValue(doc?.values, Props.article));
						return { key: page.key, name: page.name, href: source.editPath(page.key), articleKey };
					}),
				),
			};
		}),
	);

	const articleKeys = [...new Set(clinics.flatMap((c) => c.pages.map((p) => p.articleKey).filter((k): k is string => !!k)))];
	const summaries = await Promise.all(articleKeys.map((key) => summarizeArticle(source, key, today)));
	const articles = new Map<string, ArticleSummary>();
	for (const s of summaries) if (s) articles.set(s.key, s);
	return clinicRows(clinics, articles, today);
}

async function summarizeArticle(source: ContentSource, key: string, today: string): Promise<ArticleSummary | undefined> {
	const doc = await source.document(key);
	if (!doc) return undefined;
	const { audit, review } = await auditArticleValues(doc.values, source, today);
	return {
		key,
		name: doc.name,
		href: source.editPath(key),
		...review,
		errors: audit.errors,
		warnings: audit.warnings,
		available: !doc.isTrashed,
	};
}
