/** The backoffice's copy of schema aliases and keys must match ClinicKitSchema.cs, the source of truth. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ruleData from '../../../ClinicKit.Content/Claims/claim-rules.json';
import { DocumentTypes, Props } from '../../src/schema.js';

const cs = readFileSync(fileURLToPath(new URL('../../../ClinicKit.Content/Schema/ClinicKitSchema.cs', import.meta.url)), 'utf8');

const docTypes = new Map(
	[...cs.matchAll(/DocumentTypeRef \w+ = new\("(\w+)", new\("([0-9a-f-]{36})"\)\)/g)].map((m) => [m[1], m[2]]),
);
const props = new Map([...cs.matchAll(/public const string (\w+) = "(\w+)";/g)].map((m) => [m[1], m[2]]));

describe('schema constants agree with ClinicKitSchema.cs', () => {
	it('reads the C# schema', () => {
		expect(docTypes.size).toBeGreaterThanOrEqual(12);
		expect(props.size).toBeGreaterThan(30);
	});

	it.each(Object.values(DocumentTypes).map((t) => [t.alias, t.key] as const))('document type %s has key %s', (alias, key) => {
		expect(docTypes.get(alias)).toBe(key);
	});

	it.each(Object.entries(Props))('property %s is "%s"', (name, alias) => {
		const csName = name.charAt(0).toUpperCase() + name.slice(1);
		expect(props.get(csName)).toBe(alias);
	});

	it('claim-rules.json names the same claim block and property aliases', () => {
		expect(ruleData.claimBlock.alias).toBe(DocumentTypes.claimBlock.alias);
		expect(ruleData.claimBlock.elementTypeKey).toBe(docTypes.get('clinicKitClaimBlock'));
		for (const [name, alias] of Object.entries(ruleData.claimBlock.properties)) {
			expect(props.get(name.charAt(0).toUpperCase() + name.slice(1))).toBe(alias);
		}
	});

	it('limitedEvidence lists evidence strengths the dropdown offers', () => {
		const choices = /EvidenceStrengths\s*=\s*\[([^\]]*)\]/.exec(cs)?.[1] ?? '';
		for (const value of ruleData.limitedEvidence) expect(choices).toContain(`"${value}"`);
	});
});
