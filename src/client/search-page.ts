/**
 * Starts Pagefind's default UI on the search page, with Lantern's translations, newest
 * results first, and the query kept in the address (?q=) so a search can be shared and
 * Back returns to it. Filters in the address (?Dienst=…) are applied too.
 */
interface PagefindUIOptions {
	element: string;
	showSubResults: boolean;
	showImages: boolean;
	resetStyles: boolean;
	autofocus: boolean;
	sort: Record<string, 'asc' | 'desc'>;
	translations: Record<string, string>;
	processResult: (result: { meta: Record<string, string> }) => { meta: Record<string, string> };
}

declare const PagefindUI: new (options: PagefindUIOptions) => {
	triggerSearch(term: string): void;
	triggerFilters(filters: Record<string, string[]>): void;
};

const container = document.querySelector<HTMLElement>('#search');
if (container && typeof PagefindUI === 'function') {
	const params = new URL(location.href).searchParams;
	const query = params.get('q')?.trim() ?? '';
	const filterNames: string[] = JSON.parse(container.dataset['filters'] ?? '[]');
	const search = new PagefindUI({
		element: '#search',
		showSubResults: false,
		showImages: false,
		resetStyles: false,
		autofocus: query === '',
		sort: { date: 'desc' },
		translations: JSON.parse(container.dataset['translations'] ?? '{}'),
		// Say when each result was published, before its title (and not again as an English "Date:" tag).
		processResult: (result) => {
			if (result.meta['date'] && result.meta['title']) {
				result.meta['title'] = `${result.meta['date']} · ${result.meta['title']}`;
				delete result.meta['date'];
			}
			return result;
		},
	});
	const filters = Object.fromEntries(
		filterNames.flatMap((name) => (params.getAll(name).length ? [[name, params.getAll(name)]] : [])),
	);
	if (Object.keys(filters).length) search.triggerFilters(filters);
	if (query) search.triggerSearch(query);

	container.addEventListener('input', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || input.type !== 'text') return;
		const url = new URL(location.href);
		if (input.value.trim()) url.searchParams.set('q', input.value.trim());
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	});
}
