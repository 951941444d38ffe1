/**
 * "Report a problem" links: a GitHub new-issue URL that opens the figure-problem issue form
 * (.github/ISSUE_TEMPLATE/figure-problem.yml) with what the site knows filled in. One link per
 * table, not per row: the reader pastes the figure's permalink (its id) into the form. Per
 * row, the prefilled links were a third of a national figures page's bytes.
 */
import type { PageContext } from './context.ts';

/** The issue form's file name under .github/ISSUE_TEMPLATE/. */
export const ISSUE_FORM = 'figure-problem.yml';

/** The form's prefilled fields, by the ids the form gives them. */
export interface IssueFields {
	figure: string;
	location: string;
	version: string;
}

const FIELDS = ['figure', 'location', 'version'] as const satisfies readonly (keyof IssueFields)[];

/** A new-issue URL opening the form with title and fields URL-encoded; empty fields left out. */
export function newIssueUrl(repoUrl: string, title: string, fields: IssueFields): string {
	let url = `${repoUrl}/issues/new?template=${ISSUE_FORM}&title=${encodeURIComponent(title)}`;
	for (const key of FIELDS) {
		if (fields[key] !== '') url += `&${key}=${encodeURIComponent(fields[key])}`;
	}
	return url;
}

const TITLE = { id: 'Masalah pada angka', en: 'Problem with figure' } as const;

/** The issue title and fields for a figure the reader names in the form (a table's link). */
export function tableIssue(ctx: PageContext): { title: string; fields: IssueFields } {
	return { title: TITLE[ctx.locale], fields: { figure: '', location: '', version: ctx.version } };
}
