import { describe, expect, it } from 'vitest';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import {
	addressOfSearch,
	resultCountText,
	resultStatesOf,
	searchFromAddress,
} from '../../src/lib/search/search-request.ts';

const FILTERS = ['Dienst', 'Campus', 'Toestand'];

describe('the search in the address', () => {
	it('reads the query and the page’s own filters, ticked values in order', () => {
		expect(searchFromAddress('?q=+ziekenwagen+&Dienst=MUG&Dienst=PIT&Campus=&utm=x', FILTERS)).toEqual({
			query: 'ziekenwagen',
			filters: { Dienst: ['MUG', 'PIT'] },
		});
		expect(searchFromAddress('', FILTERS)).toEqual({ query: '', filters: {} });
	});

	it('writes the query and the filters, keeping other parameters and replacing the old search', () => {
		const address = addressOfSearch(
			'https://example.org/status/nl/search/?q=oud&Dienst=Lab&lang=x#top',
			{ query: ' ziekenwagen ', filters: { Campus: ['Campus Zuid'], Dienst: ['MUG'] } },
			FILTERS,
		);
		expect(address).toBe(
			'https://example.org/status/nl/search/?lang=x&q=ziekenwagen&Campus=Campus+Zuid&Dienst=MUG#top',
		);
		expect(searchFromAddress(new URL(address).search, FILTERS)).toEqual({
			query: 'ziekenwagen',
			filters: { Dienst: ['MUG'], Campus: ['Campus Zuid'] },
		});
	});

	it('leaves q out of the address when the box is empty', () => {
		expect(addressOfSearch('https://example.org/nl/search/?q=oud', { query: '  ', filters: {} }, FILTERS)).toBe(
			'https://example.org/nl/search/',
		);
	});
});

describe('the states under a result', () => {
	const known = new Set(['open', 'reduced']);

	it('reads the lines the build wrote, and drops what is not one', () => {
		const meta = JSON.stringify([
			{ service: 'Spoed, Campus Noord', state: 'reduced', label: 'Beperkte capaciteit' },
			{ service: 'MUG', state: 'on-fire', label: 'Brand' },
			{ service: 'PIT', label: 'Open' },
			'Open',
		]);
		expect(resultStatesOf(meta, known)).toEqual([
			{ service: 'Spoed, Campus Noord', state: 'reduced', label: 'Beperkte capaciteit' },
		]);
	});

	it('gives nothing for missing or broken meta', () => {
		expect(resultStatesOf(undefined, known)).toEqual([]);
		expect(resultStatesOf('{not json', known)).toEqual([]);
		expect(resultStatesOf('{"service":"MUG"}', known)).toEqual([]);
	});
});

describe('how many results, in words', () => {
	it('says none, one and many in each language', () => {
		const say = (lang: string, count: number, query: string) =>
			resultCountText(lanternWords(lang).search.results.forms, lang, count, query);
		expect(say('en', 0, 'ombudsman')).toBe('No results for ‘ombudsman’');
		expect(say('en', 1, 'ombudsman')).toBe('1 result for ‘ombudsman’');
		expect(say('nl', 1200, 'ziekenwagen')).toBe('1.200 resultaten voor ‘ziekenwagen’');
		expect(say('fr', 1, 'ambulance')).toBe('1\u00a0résultat pour «\u00a0ambulance\u00a0»');
		expect(say('fr', 3, 'ambulance')).toBe('3\u00a0résultats pour «\u00a0ambulance\u00a0»');
	});
});
