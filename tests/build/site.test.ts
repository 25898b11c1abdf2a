import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, textOf } from './helpers/build-site.ts';

const LAB_DOWN = '2026-03-02-0900-lab-down';
const PARTLY_BACK = '2026-03-02-1500-lab-partly-back';

describe('a built site (small fixture, built after the promised next update)', () => {
	// Built once for the build tests (helpers/global-setup.ts), at 2026-03-05 12:00.
	const dist = inject('smallDist');

	it('writes every page in every language, and no draft or embargoed update', async () => {
		const files = await listFiles(dist);
		for (const lang of ['nl', 'en', 'fr']) {
			for (const page of [
				'',
				'updates/',
				`updates/${LAB_DOWN}/`,
				`updates/${PARTLY_BACK}/`,
				'services/',
				'services/lab-oost/',
				'services/lab-west/',
				'services/pharmacy/',
				'incidents/',
				'incidents/2026-03-lab/',
			]) {
				expect(files).toContain(`${lang}/${page}index.html`);
			}
		}
		expect(files).toContain('index.html');
		expect(files).toContain('404.html');
		expect(files.filter((file) => file.includes('draft') || file.includes('future'))).toEqual([]);
		// Search: Pagefind's library, its worker and the index, none of its ready-made interfaces.
		expect(files.filter((file) => /^pagefind\/[^/]+\.(js|css)$/.test(file))).toEqual([
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind.js',
		]);
	});

	it('sends / to the source language without JavaScript and offers every language', async () => {
		const root = await readPage(dist, 'index.html');
		expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/nl/');
		expect(root.querySelectorAll('a[hreflang]').map((link) => link.getAttribute('href'))).toEqual([
			'/nl/',
			'/en/',
			'/fr/',
		]);
		expect(root.querySelectorAll('script')).toHaveLength(0);
	});

	it('shows the board now, last updated and an overdue next update on the home page', async () => {
		const home = await readPage(dist, 'nl');
		expect(home.querySelector('html')?.getAttribute('lang')).toBe('nl');
		const board = (id: string) => textOf(home.querySelector(`.board [data-service="${id}"]`));
		expect(board('lab-oost')).toContain('Enkel dringende zorg');
		expect(board('lab-west')).toContain('Open');
		expect(board('pharmacy')).toContain('Open');
		expect(textOf(home.querySelector('h1'))).toBe('Sommige diensten werken maar gedeeltelijk');
		// The latest message says when it was published, and when the next one was promised.
		expect(home.querySelector('.message .eyebrow time')?.getAttribute('datetime')).toBe('2026-03-02T15:00:00+01:00');
		const times = home.querySelectorAll('.times time').map((time) => time.getAttribute('datetime'));
		expect(times).toEqual(['2026-03-03T09:00:00+01:00']);
		const late = home.querySelector('.times [data-late-after]');
		expect(textOf(late)).toContain('is laat');
		expect(late?.hasAttribute('hidden')).toBe(false);
		expect(textOf(home.querySelector('.what-to-do'))).toContain('1733');
		expect(home.querySelector('.what-to-do a[href="tel:112"]')).not.toBeNull();
		expect(textOf(home.querySelector('.site-footer'))).toContain('https://mirror.proef.example/');
	});

	it('links each page to itself in the other languages, with canonical and hreflang', async () => {
		const page = await readPage(dist, `en/updates/${LAB_DOWN}`);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			`https://status.proef.example/en/updates/${LAB_DOWN}/`,
		);
		expect(
			page
				.querySelectorAll('link[rel="alternate"][hreflang]')
				.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
		).toEqual([
			['nl', `https://status.proef.example/nl/updates/${LAB_DOWN}/`],
			['en', `https://status.proef.example/en/updates/${LAB_DOWN}/`],
			['fr', `https://status.proef.example/fr/updates/${LAB_DOWN}/`],
			['x-default', `https://status.proef.example/nl/updates/${LAB_DOWN}/`],
		]);
		expect(page.querySelectorAll('.languages a').map((link) => link.getAttribute('href'))).toEqual([
			`/nl/updates/${LAB_DOWN}/`,
			`/fr/updates/${LAB_DOWN}/`,
		]);
	});

	it('labels a translation, warns when the source changed after it, and falls back to the source text', async () => {
		const current = await readPage(dist, `en/updates/${LAB_DOWN}`);
		expect(current.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('current');
		expect(textOf(current.querySelector('[data-translation]'))).toContain(
			'This is a translation. The Dutch text is the official version.',
		);
		expect(textOf(current.querySelector('h1'))).toBe('Laboratory East temporarily out of use');
		// The translated note appears on the board as it was then.
		expect(textOf(current.querySelector('.board [data-service="lab-oost"]'))).toContain(
			'Go to the West campus or your GP.',
		);

		const outdated = await readPage(dist, `en/updates/${PARTLY_BACK}`);
		expect(outdated.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('outdated');
		expect(textOf(outdated.querySelector('[data-translation]'))).toContain(
			'The Dutch text was changed after this translation was made',
		);

		const missing = await readPage(dist, `fr/updates/${LAB_DOWN}`);
		expect(missing.querySelector('html')?.getAttribute('lang')).toBe('fr');
		expect(textOf(missing.querySelector('[data-translation]'))).toContain('pas encore traduite');
		expect(missing.querySelector('h1')?.getAttribute('lang')).toBe('nl');
		expect(missing.querySelector('.update-body')?.getAttribute('lang')).toBe('nl');
		expect(textOf(missing.querySelector('.update-body'))).toContain('zeldzaamheidsproef');
		// The interface around the text stays French.
		expect(textOf(missing.querySelector('#changes'))).toBe('Ce qui a changé');
	});

	it('shows an update with its changes, the board as it was then, and previous/next', async () => {
		const page = await readPage(dist, `nl/updates/${PARTLY_BACK}`);
		const changes = textOf(page.querySelector('.changes'));
		expect(changes).toContain('Labo Oost, Campus Oost: Enkel dringende zorg (was: Tijdelijk niet beschikbaar)');
		expect(changes).toContain('Labo West, Campus West: Open (weer normaal)');
		expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T15:00:00+01:00');
		expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/nl/updates/${LAB_DOWN}/`);
		expect(page.querySelector('a[rel="next"]')).toBeNull();

		const then = await readPage(dist, `nl/updates/${LAB_DOWN}`);
		expect(textOf(then.querySelector('.board [data-service="lab-west"]'))).toContain('Open, met wachttijden');
	});

	it('lists updates newest first on the timeline, each with its changes', async () => {
		const timeline = await readPage(dist, 'en/updates');
		expect(timeline.querySelectorAll('[data-update]').map((card) => card.getAttribute('data-update'))).toEqual([
			PARTLY_BACK,
			LAB_DOWN,
		]);
		expect(textOf(timeline.querySelector(`[data-update="${LAB_DOWN}"] .changes`))).toContain(
			'Laboratory East, East campus: Temporarily unavailable (was: Open as normal)',
		);
	});

	it('tells the history of a service and what to do while it is not open', async () => {
		const page = await readPage(dist, 'en/services/lab-oost');
		expect(textOf(page.querySelector('.current'))).toBe('Urgent cases only');
		expect(textOf(page.querySelector('main'))).toContain('Go to your GP.');
		expect(page.querySelectorAll('.history > li')).toHaveLength(2);
		expect(textOf(page.querySelector('.history > li'))).toContain('Urgent cases only (was: Temporarily unavailable)');
	});

	it('shows an incident with its phases and updates', async () => {
		const page = await readPage(dist, 'fr/incidents/2026-03-lab');
		expect(textOf(page.querySelector('h1'))).toBe('Panne du laboratoire');
		expect(textOf(page.querySelector('.facts'))).toContain('Rétablissement');
		expect(page.querySelectorAll('#phases ~ ol li')).toHaveLength(2);
		expect(page.querySelectorAll('[data-update]')).toHaveLength(2);
	});

	it('serves a 404 page in every language', async () => {
		const page = await readPage(dist, '404.html');
		expect(page.querySelectorAll('section[lang]').map((section) => section.getAttribute('lang'))).toEqual([
			'nl',
			'en',
			'fr',
		]);
		expect(textOf(page.querySelector('section[lang="en"] h1'))).toBe('Page not found');
	});

	it('writes script only on the search and home pages, never inline, and loads nothing from another origin', async () => {
		for (const file of (await listFiles(dist)).filter((name) => name.endsWith('.html'))) {
			const page = await readPage(dist, file);
			const scripts = page.querySelectorAll('script:not([type="application/ld+json"])');
			if (/^\w+\/(search\/)?index\.html$/.test(file)) {
				expect(scripts.length, file).toBeGreaterThan(0);
				for (const script of scripts) expect(script.getAttribute('src'), `${file}: inline script`).toBeTruthy();
			} else {
				expect(scripts, file).toHaveLength(0);
			}
			const loaded = page.querySelectorAll('[src], link[rel="stylesheet"], link[rel="preload"], link[rel="icon"]');
			for (const element of loaded) {
				const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
				expect(url, `${file} loads ${url}`).not.toMatch(/^(https?:)?\/\//);
			}
		}
	});
});
