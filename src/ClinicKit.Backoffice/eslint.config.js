// ESLint (flat config) with typescript-eslint. Source is linted with type information; tests and scripts without.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['node_modules/', 'test-results/'] },
	js.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/**/*.ts'],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
		},
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Tests poke at manifest objects loosely.
			'@typescript-eslint/no-explicit-any': 'off',
		},
	},
	{
		files: ['**/*.mjs', '**/*.js', '*.config.ts'],
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['tests/browser/**/*.mjs', 'tests/backoffice/**/*.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
);
