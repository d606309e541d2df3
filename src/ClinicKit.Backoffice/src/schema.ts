/**
 * The parts of ClinicKit's schema the backoffice extension needs: aliases and the keys they ship with.
 * The source of truth is src/ClinicKit.Content/Schema/ClinicKitSchema.cs; tests/unit/schema.test.ts checks
 * that these agree with it. The claim block's key and property aliases come from claim-rules.json.
 */

export const DocumentTypes = {
	article: { alias: 'clinicKitArticle', key: 'c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3' },
	clinicSite: { alias: 'clinicKitClinicSite', key: 'e80c0bdb-a856-48a4-9a32-5182310aed56' },
	clinicArticle: { alias: 'clinicKitClinicArticle', key: 'e65efc5c-eb04-4012-a6c7-68d568dc80e1' },
	claimBlock: { alias: 'clinicKitClaimBlock', key: 'd40032df-5b93-4a26-a1dd-b407cf0954cf' },
	ctaBlock: { alias: 'clinicKitCtaBlock', key: '7174234c-2e60-4103-8fa9-e8b8e205c168' },
	reviewer: { alias: 'clinicKitReviewer', key: '33ec2654-9792-4e5a-8065-b411a226c1dd' },
} as const;

/** Property aliases, named as in ClinicKitSchema.cs's `Props`. */
export const Props = {
	title: 'title',
	body: 'body',
	reviewedBy: 'reviewedBy',
	isDemo: 'isDemo',
	treatment: 'treatment',
	lastReviewed: 'lastReviewed',
	nextReviewDue: 'nextReviewDue',
	article: 'article',
	clinicName: 'clinicName',
	authors: 'authors',
	publication: 'publication',
	year: 'year',
	heading: 'heading',
	buttonLabel: 'buttonLabel',
	link: 'link',
	style: 'style',
} as const;

/** The clinic tokens CTA text may use; the head replaces them per clinic. */
export const CLINIC_TOKEN = /\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g;
