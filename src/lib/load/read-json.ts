/**
 * Reads a JSON file strictly (no comments, no trailing commas) and keeps the position of
 * every property, so schema errors can point at the offending key.
 */
import {
	findNodeAtLocation,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError,
} from 'jsonc-parser';
import type { Issue } from '../schema/issue.ts';
import { lineIndex } from './line-index.ts';

export interface JsonFile {
	value: unknown;
	issues: Issue[];
	/** Line and column of the value at a path, or of the nearest parent that exists. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
}

const PLAIN: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'malformed number',
	PropertyNameExpected: 'a property name in double quotes is expected (is there a trailing comma?)',
	ValueExpected: 'a value is expected (is there a trailing comma?)',
	ColonExpected: 'a ":" is expected after the property name',
	CommaExpected: 'a "," is expected between properties',
	CloseBraceExpected: 'a "}" is missing',
	CloseBracketExpected: 'a "]" is missing',
	EndOfFileExpected: 'text after the end of the JSON object',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a string is never closed — end it with "',
	InvalidEscapeCharacter: 'invalid escape in a string',
	InvalidCharacter: 'invalid character in a string (a line break must be written \\n)',
};

/**
 * JSON.parse accepts a subset of what the strict tree parser accepts, so when it succeeds the
 * tree parser would find no error: the tree (for positions) is then built only if asked for.
 */
function parsed(text: string): { value: unknown } | undefined {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch {
		return undefined;
	}
}

export function readJson(file: string, raw: string): JsonFile {
	const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
	const quick = parsed(text);
	let locate: ((offset: number) => { line: number; column: number }) | undefined;
	let tree: Node | undefined;
	const issues: Issue[] = [];
	if (!quick) {
		locate = lineIndex(text);
		const errors: ParseError[] = [];
		tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
		const at = locate;
		issues.push(
			...errors.slice(0, 1).map((e) => {
				const code = printParseErrorCode(e.error);
				return {
					file,
					...at(e.offset),
					message: `malformed JSON: ${PLAIN[code] ?? code} — fix the syntax (a JSON validator helps)`,
				};
			}),
		);
	}
	let value: unknown = undefined;
	if (quick) value = quick.value;
	else if (issues.length === 0 && tree) value = JSON.parse(text);
	let treeBuilt = !quick;
	return {
		value,
		issues,
		locate(path) {
			if (!treeBuilt) {
				tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
				treeBuilt = true;
			}
			locate ??= lineIndex(text);
			for (let n = path.length; n >= 0; n--) {
				const segments = path
					.slice(0, n)
					.filter((p): p is string | number => typeof p !== 'symbol');
				const node = tree ? findNodeAtLocation(tree, segments) : undefined;
				if (node)
					return locate(node.parent?.type === 'property' ? node.parent.offset : node.offset);
			}
			return { line: 1, column: 1 };
		},
	};
}
