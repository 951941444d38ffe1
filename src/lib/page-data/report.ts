/**
 * "Report a problem" links: a GitHub new-issue URL that opens the figure-problem issue form
 * (.github/ISSUE_TEMPLATE/figure-problem.yml) with the fields a maintainer needs to find the
 * figure already filled in: its id, its page, its file and line, the data version. The form
 * asks the reader what is wrong and what is right. The link stays short: a national figures
 * page carries thousands of them.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { PageContext } from './context.ts';

/** The issue form's file name under .github/ISSUE_TEMPLATE/. */
export const ISSUE_FORM = 'figure-problem.yml';

/** The form's prefilled fields, by the ids the form gives them. */
export interface IssueFields {
	figure: string;
	page: string;
	location: string;
	version: string;
}

/** A new-issue URL opening the form with title and fields URL-encoded. */
export function newIssueUrl(repoUrl: string, title: string, fields: IssueFields): string {
	const query = [
		`template=${ISSUE_FORM}`,
		`title=${encodeURIComponent(title)}`,
		...Object.entries(fields)
			.filter(([, value]) => value !== '')
			.map(([key, value]) => `${key}=${encodeURIComponent(value)}`),
	];
	return `${repoUrl}/issues/new?${query.join('&')}`;
}

const TITLE = { id: 'Masalah pada angka', en: 'Problem with figure' } as const;

/** The issue title and fields for a reported or derived figure, in the page's language. */
export function figureIssue(
	figure: Figure | DerivedFigure,
	ctx: PageContext,
	siteUrl: string,
): { title: string; fields: IssueFields } {
	const reported = 'sourceId' in figure;
	return {
		title: `${TITLE[ctx.locale]} ${figure.id}: ${ctx.regionName(figure.region)} (${figure.period.text})`,
		fields: {
			figure: figure.id,
			page: `${siteUrl}${ctx.figureHref(figure)}`,
			// A derived figure has no row of its own: its page names the inputs and formula.
			location: reported ? `${figure.location.file}:${figure.location.line}` : '',
			version: ctx.version,
		},
	};
}
