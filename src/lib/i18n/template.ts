/** A piece of a sentence with `{named}` gaps: its own words, or the name of a gap a page fills in. */
export type TemplatePart = { text: string } | { gap: string };

const GAP = /\{([a-z]+)\}/g;

/**
 * A sentence cut at its gaps, so a page can put a link, a time or a text in another language
 * in each, wherever the language's grammar puts it ("The last incident, {incident}, ended on {time}.").
 */
export function templateParts(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let from = 0;
	for (const match of template.matchAll(GAP)) {
		if (match.index > from) parts.push({ text: template.slice(from, match.index) });
		parts.push({ gap: match[1]! });
		from = match.index + match[0].length;
	}
	if (from < template.length) parts.push({ text: template.slice(from) });
	return parts;
}

/** The sentence as plain text, each gap filled in; a gap without a value is left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(GAP, (gap, name: string) => values[name] ?? gap);
}

/** The names of the gaps in a sentence, each once, in the order they first appear. */
export function gapsIn(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(GAP), (match) => match[1]!))];
}
