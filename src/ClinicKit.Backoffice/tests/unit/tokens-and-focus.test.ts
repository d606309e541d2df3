import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitTokens } from '../../src/components/tokens.js';
import { contentViewPath, requestBlockFocus, takeBlockFocus } from '../../src/focus.js';

describe('CTA clinic tokens', () => {
	it('keeps tokens as written, between the plain text', () => {
		expect(splitTokens('Call {{clinic.phone}} to book at {{ clinic.name }}.')).toEqual([
			{ text: 'Call ', token: false },
			{ text: '{{clinic.phone}}', token: true },
			{ text: ' to book at ', token: false },
			{ text: '{{ clinic.name }}', token: true },
			{ text: '.', token: false },
		]);
		expect(splitTokens('No tokens here')).toEqual([{ text: 'No tokens here', token: false }]);
		expect(splitTokens('{{clinic.bookingUrl}}')).toEqual([{ text: '{{clinic.bookingUrl}}', token: true }]);
		expect(splitTokens('{{patient.name}} is not a clinic token')[0].token).toBe(false);
	});
});

describe('Go to block', () => {
	afterEach(() => vi.unstubAllGlobals());

	it("finds the Content view's path from the Claims view's path", () => {
		expect(
			contentViewPath('/umbraco/section/content/workspace/document/edit/1b2c/invariant/view/clinickit-claims', 'clinickit-claims'),
		).toBe('/umbraco/section/content/workspace/document/edit/1b2c/invariant/view/content');
		expect(contentViewPath('/umbraco/section/content/dashboard/clinickit-clinics', 'clinickit-claims')).toBeUndefined();
	});

	it('hands a request to the matching block once', () => {
		vi.stubGlobal('window', new EventTarget());
		requestBlockFocus('5D1E0C8A-7F1B-4A2E-9C3D-1B2A3C4D5E02');
		expect(takeBlockFocus('5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e03')).toBe(false);
		expect(takeBlockFocus('5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e02')).toBe(true);
		expect(takeBlockFocus('5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e02')).toBe(false);
	});
});
