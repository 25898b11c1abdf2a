/**
 * The search page, on Pagefind's JavaScript API: Pagefind runs the search in its Web Worker
 * (pagefind-worker.js, with the WebAssembly and the index), this script only draws the
 * results into the page's own markup (search.astro). The query and the filters live in the
 * address (?q=…&Dienst=…), so a search can be shared and Back returns to it. Results are
 * newest first.
 */
import {
	addressOfSearch,
	resultCountText,
	resultStatesOf,
	searchFromAddress,
	type ResultCountWords,
	type SearchRequest,
} from '../lib/search/search-request.ts';

/** The part of Pagefind's API (pagefind.js) this page uses. */
interface Pagefind {
	filters(): Promise<FilterCounts>;
	search(
		/** `null` searches by the filters alone. */
		term: string | null,
		options: { filters: Record<string, string[]>; sort: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: FilterCounts }>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

/** How many results are drawn at once; "show more" draws the next ones. */
const PAGE_SIZE = 10;
/** Typing waits this long for the next key before it searches. */
const TYPING_PAUSE_MS = 200;

const root = document.querySelector<HTMLElement>('#search');
if (root) start(root);

function start(root: HTMLElement) {
	const lang = document.documentElement.lang;
	const filterNames: string[] = JSON.parse(root.dataset['filters'] ?? '[]');
	const words: { results: ResultCountWords; filtered: ResultCountWords; colon: string } = JSON.parse(
		root.dataset['words'] ?? '{}',
	);
	const form = root.querySelector('form')!;
	const input = form.querySelector('input')!;
	const status = root.querySelector<HTMLElement>('.search-status')!;
	const list = root.querySelector('ol')!;
	const more = root.querySelector<HTMLButtonElement>('.search-more')!;
	const resultTemplate = document.querySelector<HTMLTemplateElement>('#search-result')!;
	const stateLabels = document.querySelector<HTMLTemplateElement>('#search-states')!;
	const knownStates = new Set(
		[...stateLabels.content.querySelectorAll<HTMLElement>('[data-state]')].map((label) => label.dataset['state'] ?? ''),
	);

	const request = searchFromAddress(location.search, filterNames);
	input.value = request.query;
	if (!request.query) input.focus();

	// Loading starts now; what the reader types meanwhile waits for it (and the filters), and is not lost.
	const loaded = import(/* @vite-ignore */ `${root.dataset['bundle']}pagefind.js`) as Promise<Pagefind>;
	const filtersDrawn = loaded.then(async (pagefind) => drawFilters(await pagefind.filters(), request.filters));
	filtersDrawn.catch(() => {
		// Without Pagefind there is no search: say so, and where everything is listed instead.
		root.hidden = true;
		document.querySelector<HTMLElement>('.search-needs-js')!.hidden = false;
	});

	let searches = 0;
	let shown: { data(): Promise<ResultData> }[] = [];
	let typing: ReturnType<typeof setTimeout> | undefined;

	/** Searches for what the form says, or for the search in the address while the filters are still being drawn. */
	async function search(fromAddress?: SearchRequest) {
		const number = ++searches;
		const pagefind = await loaded;
		let current = fromAddress;
		if (!current) {
			await filtersDrawn;
			current = readForm();
			history.replaceState(history.state, '', addressOfSearch(location.href, current, filterNames));
		}
		const filtered = Object.values(current.filters).some((values) => values.length > 0);
		if (!current.query && !filtered) {
			status.textContent = '';
			list.replaceChildren();
			more.hidden = true;
			return;
		}
		// Filters alone list every update they match, newest first: "everything about the emergency department".
		const found = await pagefind.search(current.query || null, { filters: current.filters, sort: { date: 'desc' } });
		const first = await Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data()));
		// A newer search started while this one ran: its results win.
		if (number !== searches) return;
		shown = found.results;
		status.textContent = resultCountText(
			current.query ? words.results : words.filtered,
			lang,
			found.results.length,
			current.query,
		);
		list.replaceChildren(...first.map(drawResult));
		more.hidden = found.results.length <= PAGE_SIZE;
		// The counts beside the filters are this search's (once the filters are there).
		await filtersDrawn;
		if (number === searches) updateCounts(found.filters);
	}

	async function showMore() {
		const drawn = list.children.length;
		const next = await Promise.all(shown.slice(drawn, drawn + PAGE_SIZE).map((result) => result.data()));
		list.append(...next.map(drawResult));
		more.hidden = list.children.length >= shown.length;
		// Keyboard and screen-reader users carry on from the first new result.
		list.children[drawn]?.querySelector('a')?.focus();
	}

	function readForm(): SearchRequest {
		const filters: Record<string, string[]> = {};
		for (const box of root.querySelectorAll<HTMLInputElement>('.search-filters input:checked'))
			(filters[box.name] ??= []).push(box.value);
		return { query: input.value.trim(), filters };
	}

	function drawFilters(counts: FilterCounts, ticked: Record<string, string[]>) {
		for (const details of root.querySelectorAll<HTMLDetailsElement>('.search-filters details')) {
			const name = details.dataset['filter']!;
			const values = Object.keys(counts[name] ?? {}).sort((a, b) => a.localeCompare(b, lang));
			details.hidden = values.length === 0;
			details.open ||= (ticked[name] ?? []).length > 0;
			details.querySelector('fieldset')!.append(
				...values.map((value) => {
					const label = document.createElement('label');
					const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
					box.checked = ticked[name]?.includes(value) ?? false;
					const count = Object.assign(document.createElement('span'), { className: 'muted' });
					count.dataset['count'] = '';
					label.append(box, `${value} `, count);
					return label;
				}),
			);
		}
		updateCounts(counts);
	}

	/** Each filter value's count of results, in brackets after it. */
	function updateCounts(counts: FilterCounts) {
		for (const box of root.querySelectorAll<HTMLInputElement>('.search-filters input')) {
			const count = box.parentElement!.querySelector('[data-count]')!;
			count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
		}
	}

	function drawResult(data: ResultData): HTMLLIElement {
		const item = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
		const link = item.querySelector('a')!;
		link.href = data.url;
		link.textContent = data.meta['title'] ?? data.url;
		const time = item.querySelector('time')!;
		time.dateTime = data.meta['datetime'] ?? '';
		time.textContent = data.meta['date'] ?? '';
		// Pagefind's excerpt is the page's text, escaped, with the matches in <mark>.
		item.querySelector('.excerpt')!.innerHTML = data.excerpt;
		const states = item.querySelector('ul')!;
		states.replaceChildren(
			...resultStatesOf(data.meta['states'], knownStates).map(({ service, state, label }) => {
				const line = document.createElement('li');
				const drawn = stateLabels.content.querySelector(`[data-state="${state}"]`)!.cloneNode(true) as HTMLElement;
				drawn.lastElementChild!.textContent = label;
				line.append(`${service}${words.colon}`, drawn);
				return line;
			}),
		);
		if (!states.children.length) states.remove();
		return item;
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		void search();
	});
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => void search(), TYPING_PAUSE_MS);
	});
	root.querySelector('.search-filters')!.addEventListener('change', () => void search());
	more.addEventListener('click', () => void showMore());
	if (request.query || Object.values(request.filters).some((values) => values.length > 0)) void search(request);
}
