/**
 * The bundle Umbraco loads (App_Plugins/ClinicKit/clinickit.js, declared as a `bundle` extension in
 * umbraco-package.json): Umbraco registers every manifest array this module exports.
 */
export { manifests } from './manifests.js';
