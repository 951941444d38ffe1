/** Licenses of what the site publishes, and of the region list it builds on. */

/** A license as datapackage.json and the README name it. */
export interface License {
	/** SPDX identifier. */
	name: string;
	title: string;
	path: string;
}

/** The site's data (figures, derived figures, checks, conflicts): CC BY 4.0. */
export const DATA_LICENSE: License = {
	name: 'CC-BY-4.0',
	title: 'Creative Commons Attribution 4.0 International',
	path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The data license as citations write it. */
export const DATA_LICENSE_SHORT = 'CC BY 4.0';

/** The site's code. */
export const CODE_LICENSE: License = {
	name: 'MIT',
	title: 'MIT License',
	path: 'https://opensource.org/license/mit',
};

/** Province and regency/city codes and names come from idn-area-data, licensed ODbL. */
export const REGION_LIST = {
	title: 'idn-area-data',
	path: 'https://github.com/fityannugroho/idn-area-data',
	author: 'Fityan (fityannugroho)',
	license: {
		name: 'ODbL-1.0',
		title: 'Open Data Commons Open Database License 1.0',
		path: 'https://opendatacommons.org/licenses/odbl/1-0/',
	} satisfies License,
} as const;

/** Why the quotes, which come from copyrighted articles, may be republished. */
export const QUOTES_NOTE =
	'Quotes are short excerpts of the cited articles and documents, reproduced only to show where each figure comes from; their copyright stays with the publishers.';

/** How text cells are protected against spreadsheet formula injection. */
export const ESCAPING_NOTE =
	"Text cells that begin with =, +, -, @, a tab or a carriage return (possibly after apostrophes) are prefixed with one apostrophe (') so that spreadsheets do not run them as formulas; remove that one apostrophe to get the original text. Number columns are never prefixed.";
