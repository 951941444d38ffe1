/**
 * The rel of every link off the site. `noopener` keeps the target from reaching this window;
 * `noreferrer` keeps the reader's page address private.
 */
export function externalRel(extra?: string): string {
	return ['noopener', 'noreferrer', 'external', ...(extra ? extra.split(/\s+/) : [])].join(' ');
}
