/** A problem found in the data, located precisely enough for an editor to jump to it. */
export interface Issue {
	file: string;
	/** 1-based; 0 when the problem concerns the whole file. */
	line: number;
	/** 1-based character column; 0 when the problem concerns the whole line or file. */
	column: number;
	message: string;
}

/** `path:line:column: message`, the form editors and CI logs recognise. */
export function formatIssue(issue: Issue): string {
	return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}
