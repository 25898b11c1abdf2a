import { isMap, isNode, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/** A parsed YAML text that can say on which line each value stands. */
export interface YamlSource {
	data: unknown;
	/** Line and column of the value at `path`, or of its closest parent that exists. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
	/**
	 * Line and column of `found` within the value at `path`: its first occurrence from the value's
	 * start (a value may be quoted or folded over lines); else as `locate`.
	 */
	locateText(path: readonly PropertyKey[], found: string): { line: number; column: number };
	/** Line and column of the key that names `path` (for a field that should not be there); else as `locate`. */
	locateKey(path: readonly PropertyKey[]): { line: number; column: number };
	problems: Problem[];
}

/**
 * Parses YAML with the core schema, so dates stay text (their offsets are checked later)
 * and `no` stays a word. `lineOffset` places a frontmatter block inside its MDX file.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
		severity: 'error',
		file,
		...position(error.pos[0]),
		field: '',
		message: `this is not valid YAML (${firstLine(error.message)})`,
	}));
	/** Where the value at `path` (or its closest parent that exists) starts in the text. */
	const offsetOf = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = document.getIn(path.slice(0, depth).map(String), true);
			if (isNode(node) && (node as Node).range) return (node as Node).range![0];
		}
		const root = document.contents;
		return isNode(root) && root.range ? root.range[0] : 0;
	};
	const locate = (path: readonly PropertyKey[]) => position(offsetOf(path));
	return {
		data: document.errors.length ? undefined : document.toJS(),
		problems,
		locate,
		locateText(path, found) {
			const start = offsetOf(path);
			const at = text.indexOf(found, start);
			return position(at < 0 ? start : at);
		},
		locateKey(path) {
			const parent = path.length > 1 ? document.getIn(path.slice(0, -1).map(String), true) : document.contents;
			const key = String(path.at(-1));
			if (isMap(parent)) {
				const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
				if (pair && isNode(pair.key) && pair.key.range) return position(pair.key.range[0]);
			}
			return locate(path);
		},
	};
}

function firstLine(message: string): string {
	return message.split('\n')[0]?.trim() ?? message;
}
