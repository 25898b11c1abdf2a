import { pluralForm, type PluralForms } from '../i18n/plural.ts';
import { fillTemplate } from '../i18n/template.ts';

/**
 * What the search page looks for: the words typed and the filter values ticked, by filter
 * name (the names are in the page's language, as Pagefind indexed them). The address holds
 * the same (`?q=ambulance&Dienst=MUG`), so a search can be shared and Back returns to it.
 */
export interface SearchRequest {
	query: string;
	filters: Record<string, string[]>;
}

/** The search in an address's query string; only the page's own filter names count. */
export function searchFromAddress(search: string, filterNames: readonly string[]): SearchRequest {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const name of filterNames) {
		const values = params.getAll(name).filter(Boolean);
		if (values.length) filters[name] = values;
	}
	return { query: params.get('q')?.trim() ?? '', filters };
}

/** The address of a search: `q` and the filters replaced, any other parameter and the fragment kept. */
export function addressOfSearch(address: string, request: SearchRequest, filterNames: readonly string[]): string {
	const url = new URL(address);
	for (const name of ['q', ...filterNames]) url.searchParams.delete(name);
	if (request.query.trim()) url.searchParams.set('q', request.query.trim());
	for (const [name, values] of Object.entries(request.filters))
		for (const value of values) url.searchParams.append(name, value);
	return url.href;
}

/** One line under a result: a service and the state the page tells of ("MUG: Temporarily unavailable"). */
export interface ResultState {
	service: string;
	/** The state's key (`reduced`), which decides its icon and colour. */
	state: string;
	/** The state in words, as the page says it ("Open as normal (back to normal)"). */
	label: string;
}

/**
 * The states a result tells of, read back from the Pagefind meta the build wrote (JSON, see
 * SearchFacets.astro). An index from another build could hold anything, so what is not a
 * list of such lines, with states the page knows, is left out rather than drawn half.
 */
export function resultStatesOf(meta: string | undefined, knownStates: ReadonlySet<string>): ResultState[] {
	if (!meta) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(meta);
	} catch {
		return [];
	}
	if (!Array.isArray(parsed)) return [];
	return parsed.filter(
		(line): line is ResultState =>
			typeof line?.service === 'string' && typeof line?.label === 'string' && knownStates.has(line?.state),
	);
}

/** How many results a search found, in the page's words: forms with `{count}` and `{query}` (plural.ts). */
export type ResultCountWords = PluralForms;

export function resultCountText(words: ResultCountWords, lang: string, count: number, query: string): string {
	const template = pluralForm(words, count, new Intl.PluralRules(lang));
	return fillTemplate(template, { count: new Intl.NumberFormat(lang).format(count), query });
}
