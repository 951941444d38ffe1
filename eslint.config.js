// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench-results/'] },
	js.configs.recommended,
	tseslint.configs.strict,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node } } },
);
