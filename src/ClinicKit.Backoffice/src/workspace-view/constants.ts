/** The Claims tab's path segment: `…/view/clinickit-claims`. */
export const CLAIMS_VIEW_PATHNAME = 'clinickit-claims';
