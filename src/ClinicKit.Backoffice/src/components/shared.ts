import { css, html, nothing } from '@umbraco-cms/backoffice/external/lit';
import type { Finding } from '../claims/types.js';
import type { CitationDisplayState } from '../claims/view-model.js';

/** The tag colour for a finding's severity. */
export const severityColor = (severity: Finding['severity']) => (severity === 'error' ? 'danger' : 'warning');

/** The localization key for a citation state that needs attention, or undefined when published. */
export function stateTermKey(state: CitationDisplayState): string | undefined {
	switch (state) {
		case 'unpublished':
			return 'clinickit_stateUnpublished';
		case 'trashed':
			return 'clinickit_stateTrashed';
		case 'missing':
			return 'clinickit_stateMissing';
		default:
			return undefined;
	}
}

/** What the marketer needs to know to fix a finding, where it is shown (a claim's row or the article). */
export interface FindingContext {
	/** Localizes `clinickit_<key>` terms. */
	term: (key: string, ...args: unknown[]) => string;
	/** Formats a `yyyy-MM-dd` date in the user's locale. */
	date: (text: string) => string;
	/** The title of a cited document by key (for a citation that is not published). */
	citationTitle: (key: string) => string;
}

/**
 * A finding as what to do about it. The rule messages (claim-rules.json) name the claim because the publish
 * guard and the CLI list findings of a whole article; beside the claim they would repeat it, so the
 * backoffice shows a fix per rule code instead. A code without a fix text falls back to the rule message.
 */
export function fixText(f: Finding, ctx: FindingContext): string {
	const key = `clinickit_fix${f.code}`;
	const due = /(\d{4}-\d{2}-\d{2})/.exec(f.message)?.[1] ?? '';
	const args = f.code === 'CK0303' ? [ctx.citationTitle(f.citation ?? '')] : f.code === 'CK0310' ? [ctx.date(due)] : [];
	const text = ctx.term(key, ...args);
	return text && text !== key ? text : f.message;
}

export function findingList(findings: readonly Finding[], ctx: FindingContext) {
	if (findings.length === 0) return nothing;
	return html`<ul class="findings">
		${findings.map(
			(f) =>
				html`<li class="finding ${f.severity}" data-code=${f.code}>
					<uui-icon name=${f.severity === 'error' ? 'icon-alert' : 'icon-info'} aria-hidden="true"></uui-icon>
					<span>${fixText(f, ctx)}</span>
				</li>`,
		)}
	</ul>`;
}

/** `yyyy-MM-dd` (or an ISO date-time) as the date alone, for formatting in UTC so the day never shifts. */
export function dateForDisplay(text: string): Date | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

export const sharedStyles = css`
	.findings {
		list-style: none;
		margin: 0;
		padding: 0;
		display: grid;
		gap: var(--uui-size-space-2);
	}
	.finding {
		display: flex;
		gap: var(--uui-size-space-2);
		align-items: flex-start;
		line-height: 1.4;
	}
	.finding uui-icon {
		flex: none;
		margin-top: 2px;
	}
	.finding.error uui-icon {
		color: var(--uui-color-danger);
	}
	.finding.warning uui-icon {
		color: var(--uui-color-warning-emphasis);
	}
	.muted {
		color: var(--uui-color-text-alt);
	}
	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip: rect(0 0 0 0);
		white-space: nowrap;
	}
`;
