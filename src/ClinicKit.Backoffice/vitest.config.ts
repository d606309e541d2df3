import { defineConfig } from 'vitest/config';

// Unit tests run in Node: the claim rules and the value adapters are plain TypeScript.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
	},
});
