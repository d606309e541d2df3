import type { ManifestDashboard, UmbDashboardElement } from '@umbraco-cms/backoffice/dashboard';
import { css, customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { ClinicRow } from '../clinics/clinic-model.js';
import { loadClinics } from '../clinics/load-clinics.js';
import '../components/clinics-table.element.js';
import { resolveSource, type ContentSource } from '../umbraco/content-source.js';
import { localToday } from '../umbraco/values.js';

/** The Clinics dashboard in the Content section: what each clinic site reuses from the article library. */
@customElement('clinickit-clinics-dashboard')
export class ClinicKitClinicsDashboardElement extends UmbLitElement implements UmbDashboardElement {
	@property({ attribute: false }) manifest?: ManifestDashboard;
	@property({ attribute: false }) source?: ContentSource;
	@property() today?: string;

	@state() private _clinics: ClinicRow[] = [];
	@state() private _loading = true;
	@state() private _failed = false;

	override connectedCallback() {
		super.connectedCallback();
		void this.#load();
	}

	async #load() {
		this._loading = true;
		try {
			const source = await resolveSource(this, this.source);
			this._clinics = await loadClinics(source, this.today ?? localToday());
			this._failed = false;
		} catch (error) {
			console.error('ClinicKit: could not load the clinics.', error);
			this._failed = true;
		} finally {
			this._loading = false;
		}
	}

	override render() {
		if (this._failed) return html`<uui-box><p>${this.localize.term('clinickit_loadFailed')}</p></uui-box>`;
		return html`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`;
	}

	static override styles = [
		UmbTextStyles,
		css`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`,
	];
}

export { ClinicKitClinicsDashboardElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'clinickit-clinics-dashboard': ClinicKitClinicsDashboardElement;
	}
}
