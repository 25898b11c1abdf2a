/** An MDX file cut into its YAML frontmatter and its body. */
export interface MdxParts {
	frontmatter: string;
	/** Line number (1-based) of the first frontmatter line, so YAML positions map onto the file. */
	frontmatterLine: number;
	body: string;
	/** Line number of the first body line. */
	bodyLine: number;
}

/** Returns undefined when the file does not start with a `---` fenced frontmatter block. */
export function splitFrontmatter(text: string): MdxParts | undefined {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalised);
	if (!match) return undefined;
	const frontmatter = match[1] ?? '';
	const bodyLine = normalised.slice(0, match[0].length).split('\n').length;
	return {
		frontmatter,
		frontmatterLine: 2,
		body: normalised.slice(match[0].length),
		bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
	};
}
