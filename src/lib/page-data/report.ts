/**
 * "Report a problem" links: a GitHub new-issue URL that opens the figure-problem issue form
 * (.github/ISSUE_TEMPLATE/figure-problem.yml) with the fields a maintainer needs to find the
 * figure already filled in: its id, its file and line, the data version; the title names its
 * region and period. The form asks the reader what is wrong and what is right. The link stays
 * short (no page URL: the id and the title find the page): a national figures page carries
 * thousands of them.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
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

/** The issue title and fields for a reported or derived figure, in the page's language. */
export function figureIssue(
	figure: Figure | DerivedFigure,
	ctx: PageContext,
): { title: string; fields: IssueFields } {
	const reported = 'sourceId' in figure;
	return {
		title: `${TITLE[ctx.locale]} ${figure.id}: ${ctx.regionName(figure.region)} (${figure.period.text})`,
		fields: {
			figure: figure.id,
			// A derived figure has no row of its own: its page names the inputs and formula.
			location: reported ? `${figure.location.file}:${figure.location.line}` : '',
			version: ctx.version,
		},
	};
}
