import { css, customElement, html, nothing, property, repeat } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { ClinicArticleRow, ClinicRow } from '../clinics/clinic-model.js';
import { reusedArticleCount } from '../clinics/clinic-model.js';
import { dateForDisplay, sharedStyles } from './shared.js';

/**
 * The Clinics dashboard's content: for every clinic site, the library articles it reuses, their review dates
 * and audit status, and which other clinics share each article. Takes plain data; `clinickit-clinics-dashboard`
 * feeds it from the content tree.
 */
@customElement('clinickit-clinics-table')
export class ClinicKitClinicsTableElement extends UmbLitElement {
	@property({ attribute: false }) clinics: ClinicRow[] = [];
	@property({ type: Boolean }) loading = false;

	#date(text: string | undefined) {
		const d = text ? dateForDisplay(text) : undefined;
		return d
			? this.localize.date(d, { dateStyle: 'medium', timeZone: 'UTC' })
			: html`<span class="muted">${this.localize.term('clinickit_notSet')}</span>`;
	}

	override render() {
		if (this.loading) {
			return html`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>`;
		}
		return html`
			<p class="intro">${this.localize.term('clinickit_clinicsIntro')}</p>
			${this.clinics.length
				? html`<p class="summary">
							${this.localize.term('clinickit_clinicsSummary', this.clinics.length, reusedArticleCount(this.clinics))}
						</p>
						${repeat(
							this.clinics,
							(c) => c.key,
							(c) => this.#renderClinic(c),
						)}`
				: html`<uui-box><p class="muted">${this.localize.term('clinickit_noClinics')}</p></uui-box>`}
		`;
	}

	#renderClinic(clinic: ClinicRow) {
		return html`
			<uui-box headline=${clinic.name} data-clinic=${clinic.key}>
				${clinic.href
					? html`<uui-button
							slot="header-actions"
							look="secondary"
							compact
							href=${clinic.href}
							label=${this.localize.term('clinickit_openClinicLabel', clinic.name)}
							>${this.localize.term('clinickit_openClinic')}</uui-button
						>`
					: nothing}
				${clinic.articles.length === 0
					? html`<p class="muted">${this.localize.term('clinickit_clinicNoArticles')}</p>`
					: html`<uui-table aria-label=${clinic.name}>
							<uui-table-head>
								<uui-table-head-cell>${this.localize.term('clinickit_columnLibraryArticle')}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term('clinickit_columnLastReviewed')}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term('clinickit_columnNextReview')}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term('clinickit_columnAudit')}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term('clinickit_columnAlsoUsedBy')}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term('clinickit_columnClinicPage')}</uui-table-head-cell>
							</uui-table-head>
							${repeat(
								clinic.articles,
								(a) => a.pageKey,
								(a) => this.#renderRow(a),
							)}
						</uui-table>`}
			</uui-box>
		`;
	}

	#renderRow(row: ClinicArticleRow) {
		const a = row.article;
		return html`
			<uui-table-row data-page=${row.pageKey} data-article=${a?.key ?? ''}>
				<uui-table-cell>
					${a && a.available !== false
						? html`<span class="article">
									<uui-icon name="icon-document-medal" aria-hidden="true"></uui-icon>
									${a.href ? html`<a href=${a.href}>${a.name}</a>` : a.name}
								</span>
								${row.pageName && row.pageName !== a.name
									? html`<div class="muted shown-as">${this.localize.term('clinickit_shownAs', row.pageName)}</div>`
									: nothing}`
						: html`<uui-tag color=${row.articleMissing ? 'danger' : 'default'} look="secondary"
								>${row.articleMissing ? this.localize.term('clinickit_stateMissing') : this.localize.term('clinickit_notPicked')}</uui-tag
							>`}
				</uui-table-cell>
				<uui-table-cell class="date">${a ? this.#date(a.lastReviewed) : nothing}</uui-table-cell>
				<uui-table-cell class="date">
					${a ? this.#date(a.nextReviewDue) : nothing}
					${row.overdue ? html`<uui-tag color="warning">${this.localize.term('clinickit_reviewOverdue')}</uui-tag>` : nothing}
				</uui-table-cell>
				<uui-table-cell class="audit">${a ? this.#renderAudit(a) : nothing}</uui-table-cell>
				<uui-table-cell>
					${a
						? row.alsoUsedBy.length
							? row.alsoUsedBy.join(', ')
							: html`<span class="muted">${this.localize.term('clinickit_onlyThisClinic')}</span>`
						: nothing}
				</uui-table-cell>
				<uui-table-cell class="page">
					${row.pageHref
						? html`<uui-button
								look="secondary"
								compact
								href=${row.pageHref}
								label=${this.localize.term('clinickit_openClinicPageLabel', a?.name ?? row.pageName)}
								>${this.localize.term('clinickit_openClinicPage')}</uui-button
							>`
						: row.pageName}
				</uui-table-cell>
			</uui-table-row>
		`;
	}

	#renderAudit(a: NonNullable<ClinicArticleRow['article']>) {
		if (!a.errors && !a.warnings) return html`<uui-tag color="positive">${this.localize.term('clinickit_noProblems')}</uui-tag>`;
		return html`${a.errors ? html`<uui-tag color="danger">${this.localize.term('clinickit_errorCount', a.errors)}</uui-tag>` : nothing}
		${a.warnings ? html`<uui-tag color="warning">${this.localize.term('clinickit_warningCount', a.warnings)}</uui-tag>` : nothing}`;
	}

	static override styles = [
		UmbTextStyles,
		sharedStyles,
		css`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
			}
			.intro,
			.summary {
				margin: 0;
			}
			.summary {
				font-weight: 700;
			}
			.article {
				display: inline-flex;
				gap: var(--uui-size-space-2);
				align-items: center;
			}
			uui-table-cell {
				vertical-align: top;
			}
			.audit,
			.date {
				white-space: nowrap;
			}
			.date uui-tag {
				display: table;
				margin-top: var(--uui-size-space-1);
			}
			a {
				color: var(--uui-color-interactive);
			}
			a:hover {
				color: var(--uui-color-interactive-emphasis);
			}
		`,
	];
}

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-clinics-table': ClinicKitClinicsTableElement;
	}
}
