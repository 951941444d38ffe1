/**
 * The global stylesheet as one file (for the pages that link it rather than inline it) and
 * the CSP hash of its inline copy.
 */
import { createHash } from 'node:crypto';

/** Where the linked copy is written (before the base path). */
export const GLOBAL_CSS_PATH = '/gaya.css';

/** The CSP source expression that allows exactly this inline stylesheet. */
export function styleHash(css: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
