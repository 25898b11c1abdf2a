import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLantern } from '../../src/data/load-lantern.ts';
import { announce } from '../../scripts/lib/announce/run.ts';
import { buildSite, copyContent, listFiles, SMALL_FIXTURE } from './helpers/build-site.ts';
import { readJson, readXml } from './helpers/outputs.ts';

/**
 * Plain text stays plain in every output: a title, a summary and a note full of markup, and a
 * service and an organisation named with it, go through a build and every announcement's dry
 * run; each output is read back with a parser of its own format (XML, then HTML for the fields
 * that are HTML; JSON) and shows exactly the text written, as text.
 */
const TEXT = '<b>x</b> & "y" < 2 uur ]]> ]]> <script>z</script>';
/** A name that looks as if it held entities too: an XML writer must not take `&lt;` or `&nbsp;` for markup. */
const SERVICE = 'Labo <i>Oost</i> & "Co" &lt;&nbsp;';
const ORGANISATION = 'Ziekenhuis <Proef> & Zonen';
const UPDATE = '2026-03-02-1500-lab-partly-back';
const NOW = '2026-03-05T12:00:00+01:00';

const yaml = (text: string) => JSON.stringify(text);

/** The small fixture, its latest update written with the text, announced on every channel. */
async function contentWithText(): Promise<string> {
	const content = await copyContent(SMALL_FIXTURE, 'plain-text');
	const edit = async (file: string, change: (text: string) => string) =>
		writeFile(path.join(content, file), change(await readFile(path.join(content, file), 'utf8')));
	await edit(`updates/${UPDATE}/nl.mdx`, (text) =>
		text
			.replace('title: Labo Oost werkt weer gedeeltelijk', `title: ${yaml(TEXT)}`)
			.replace('summary: Dringende bloedafnames kunnen weer op Campus Oost.', `summary: ${yaml(TEXT)}`)
			.replace('  lab-oost: urgent-only', `  lab-oost:\n    state: urgent-only\n    note: ${yaml(TEXT)}`),
	);
	await edit(`updates/${UPDATE}/en.mdx`, (text) =>
		text
			.replace('title: Laboratory East partly working again', `title: ${yaml(TEXT)}`)
			.replace('summary: Urgent blood tests are possible again on the East campus.', `summary: ${yaml(TEXT)}`)
			.replace('notes:\n', `notes:\n  lab-oost: ${yaml(TEXT)}\n`),
	);
	await edit('services.yaml', (text) =>
		text.replace('name: { nl: Labo Oost, en: Laboratory East', `name: { nl: ${yaml(SERVICE)}, en: ${yaml(SERVICE)}`),
	);
	await edit('site.yaml', (text) =>
		[
			text
				.replace('nl: Ziekenhuis Proef', `nl: ${yaml(ORGANISATION)}`)
				.replace('en: Proef Hospital', `en: ${yaml(ORGANISATION)}`),
			'announce:',
			'  since: 2026-03-01T00:00:00+01:00',
			'  channels:',
			'    - { name: email, type: email, languages: [nl, en], smtp: "smtp://127.0.0.1:2525", from: "Status <status@proef.example>", to: { nl: nl@proef.example, en: en@proef.example } }',
			'    - { name: mastodon, type: mastodon, languages: [nl, en], server: "https://social.proef.example", token_env: LANTERN_MASTODON_TOKEN }',
			'    - { name: bluesky, type: bluesky, languages: [nl, en], service: "https://pds.proef.example", handle: status.proef.example, password_env: LANTERN_BLUESKY_PASSWORD }',
			'    - { name: push, type: ntfy, languages: [nl, en], server: "https://ntfy.proef.example", topics: { nl: proef-nl, en: proef-en } }',
			'    - { name: partners, type: webhook, format: statuspage, url_env: LANTERN_WEBHOOK_PARTNERS }',
			'    - { name: teams, type: webhook, format: teams, languages: [nl, en], url_env: LANTERN_WEBHOOK_TEAMS }',
			'    - { name: slack, type: webhook, format: slack, languages: [nl, en], url_env: LANTERN_WEBHOOK_SLACK }',
			'',
		].join('\n'),
	);
	return content;
}

/** An HTML text or page, parsed: its text as a reader sees it, and whether the markup typed in the text became elements. */
function readHtml(html: string): { text: string; root: HTMLElement } {
	return { text: parse(html).text, root: parse(html) };
}

/** The markup in TEXT and SERVICE stayed text: no element was made of it. */
function expectNoElementsFromText(root: HTMLElement) {
	expect(root.querySelectorAll('b').filter((element) => element.text === 'x')).toEqual([]);
	expect(root.querySelectorAll('script').filter((element) => element.text === 'z')).toEqual([]);
	expect(root.querySelectorAll('i').filter((element) => element.text === 'Oost')).toEqual([]);
}

/** An HTML field (RSS title and description, Atom and JSON content): its text is `expected`, with no element made of it. */
function expectHtmlField(html: string, expected: string) {
	const { text, root } = readHtml(html);
	expect(text).toContain(expected);
	expectNoElementsFromText(root);
}

describe('a title, summary and note with markup', () => {
	let dist = '';
	let content = '';

	beforeAll(async () => {
		content = await contentWithText();
		dist = path.join(path.dirname(content), 'dist');
		const built = buildSite(content, dist, { LANTERN_NOW: NOW });
		expect(built.ok, built.output).toBe(true);
	});

	it('leaves every XML file of the build well-formed', async () => {
		const files = (await listFiles(dist)).filter((file) => /\.(xml|atom|svg)$/.test(file));
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const text = await readFile(path.join(dist, file), 'utf8');
			expect(() => SyntaxValidator.validate(text), file).not.toThrow();
		}
	});

	it('reads as the text in Atom: titles and summaries are text, the content is HTML', async () => {
		for (const file of ['nl/atom.xml', 'en/atom.xml', 'nl/services/lab-oost/atom.xml']) {
			const { feed } = await readXml(dist, file);
			const entry = feed.entry.find((candidate: any) => candidate.id.includes(UPDATE));
			expect(entry.title, file).toEqual({ '@_type': 'text', '#text': TEXT });
			expect(entry.summary, file).toEqual({ '@_type': 'text', '#text': TEXT });
			expect(entry.content['@_type']).toBe('html');
			expectHtmlField(entry.content['#text'], TEXT);
			expectHtmlField(entry.content['#text'], SERVICE);
			expect(feed.author.name).toBe(ORGANISATION);
		}
		const { feed: service } = await readXml(dist, 'nl/services/lab-oost/atom.xml');
		expect(service.title['#text']).toContain(SERVICE);
		const { feed: cap } = await readXml(dist, 'cap/index.atom');
		const alert = cap.entry.find((candidate: any) => candidate.id.includes(UPDATE));
		expect([alert.title, alert.summary]).toEqual([TEXT, TEXT]);
	});

	it('reads as the text in RSS, whose titles and descriptions feed readers take as HTML', async () => {
		for (const file of ['nl/rss.xml', 'en/rss.xml', 'nl/services/lab-oost/rss.xml']) {
			const { rss } = await readXml(dist, file);
			const item = rss.channel.item.find((candidate: any) => candidate.guid['#text'].includes(UPDATE));
			expect(readHtml(item.title).text, file).toBe(TEXT);
			expect(readHtml(item.description).text, file).toBe(TEXT);
			expectHtmlField(item['content:encoded'], TEXT);
			expect(item.category).toContain(`${SERVICE}, ${file.startsWith('en') ? 'East campus' : 'Campus Oost'}`);
		}
	});

	it('reads as the text in JSON Feed, the Statuspage API and Lantern’s own status', async () => {
		const feed = await readJson(dist, 'nl/feed.json');
		const item = feed.items.find((candidate: any) => candidate.id.includes(UPDATE));
		expect([item.title, item.summary]).toEqual([TEXT, TEXT]);
		expectHtmlField(item.content_html, TEXT);
		expect(feed.authors[0].name).toBe(ORGANISATION);

		const { incidents } = await readJson(dist, 'api/v2/incidents.json');
		const update = incidents
			.flatMap((incident: any) => incident.incident_updates)
			.find((entry: any) => entry.id === UPDATE);
		expect(update.body).toContain(TEXT);
		const { components, page } = await readJson(dist, 'api/v2/components.json');
		expect(components.map((component: any) => component.name)).toContain(SERVICE);
		expect(page.name).toBe(ORGANISATION);

		const status = JSON.stringify(await readJson(dist, 'api/status.json'));
		expect(JSON.parse(status)).toBeTruthy();
		expect(status).toContain(JSON.stringify(TEXT));
		expect(status).toContain(JSON.stringify(SERVICE));
	});

	it('reads as the text in the CAP alert, status.txt and the badges', async () => {
		const { alert } = await readXml(dist, `cap/${UPDATE}.xml`);
		for (const info of alert.info.filter((entry: any) => entry.urgency !== 'Future')) {
			expect(info.headline).toBe(TEXT);
			expect(info.description).toContain(TEXT);
			expect(info.description).toContain(SERVICE);
			expect(info.senderName).toBe(ORGANISATION);
		}
		const statusText = await readFile(path.join(dist, 'nl/status.txt'), 'utf8');
		expect(statusText).toContain(`${SERVICE}, Campus Oost: Enkel dringende zorg (${TEXT})`);
		expect(statusText.startsWith(`${ORGANISATION}: `)).toBe(true);
		const { svg } = await readXml(dist, 'services/lab-oost/badge.svg');
		expect(svg.title).toBe(`${SERVICE}, Campus Oost: Enkel dringende zorg`);
		expect(svg['@_aria-label']).toBe(`${SERVICE}, Campus Oost: Enkel dringende zorg`);
	});

	it('reads as the text on the pages: the update, the home page, the service and the print notice', async () => {
		for (const page of [`nl/updates/${UPDATE}/index.html`, `en/updates/${UPDATE}/index.html`]) {
			const { root } = readHtml(await readFile(path.join(dist, page), 'utf8'));
			expect(root.querySelector('h1')?.text, page).toBe(TEXT);
			expect(root.text).toContain(SERVICE);
			expectNoElementsFromText(root);
			const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text);
			expect([jsonLd.name, jsonLd.text, jsonLd.publisher.name]).toEqual([TEXT, TEXT, ORGANISATION]);
		}
		for (const page of ['nl/index.html', 'nl/services/lab-oost/index.html', 'nl/print/index.html']) {
			const { root, text } = readHtml(await readFile(path.join(dist, page), 'utf8'));
			expect(text, page).toContain(TEXT);
			expect(text, page).toContain(SERVICE);
			expectNoElementsFromText(root);
		}
	});

	it('reads as the text in every announcement’s dry run', async () => {
		const lines: string[] = [];
		const lantern = await loadLantern({ folder: content, now: new Date(NOW), fixedClock: true, preview: false });
		const ok = await announce({
			lantern,
			ledgerFile: path.join(path.dirname(content), 'ledger.json'),
			dryRun: true,
			update: UPDATE,
			env: {},
			timeoutMs: 1000,
			print: (line) => lines.push(line),
		});
		expect(ok).toBe(true);
		const messages = new Map(
			lines
				.join('\n')
				.split(`${'─'.repeat(72)}`)
				.filter((block) => block.trim())
				.map((block) => {
					const [head, ...rest] = block.trim().split('\n');
					return [head!.replace(/^would send\s+/, '').replace(` ${UPDATE}`, ''), rest.join('\n')] as const;
				}),
		);
		expect([...messages.keys()]).toEqual([
			'email nl',
			'email en',
			'mastodon nl',
			'mastodon en',
			'bluesky nl',
			'bluesky en',
			'push nl',
			'push en',
			'partners nl',
			'teams nl',
			'teams en',
			'slack nl',
			'slack en',
		]);
		const json = (key: string) => JSON.parse(messages.get(key)!.slice(messages.get(key)!.indexOf('\n\n') + 2));
		for (const lang of ['nl', 'en']) {
			const mail = messages.get(`email ${lang}`)!;
			expect(mail).toContain(`Subject: ${ORGANISATION}: ${TEXT}\n`);
			expect(mail.slice(mail.indexOf('--- text/plain ---'), mail.indexOf('--- text/html ---'))).toContain(
				`\n${TEXT}\n\n${TEXT}\n`,
			);
			const html = readHtml(mail.slice(mail.indexOf('--- text/html ---') + '--- text/html ---'.length));
			expect(html.root.querySelector('h1')?.text).toBe(TEXT);
			expect(html.root.querySelector('title')?.text).toBe(TEXT);
			expect(html.root.querySelectorAll('p').map((paragraph) => paragraph.text)).toContain(TEXT);
			expect(html.root.querySelector('li')?.text).toContain(
				`${SERVICE}, ${lang === 'en' ? 'East campus' : 'Campus Oost'}`,
			);
			expect(html.root.querySelector('li')?.text).toContain(TEXT);
			expectNoElementsFromText(html.root);

			expect(json(`mastodon ${lang}`).status).toContain(`${TEXT}\n\n${TEXT}`);
			expect(json(`bluesky ${lang}`).text).toContain(`${TEXT}\n\n${TEXT}`);
			const push = json(`push ${lang}`);
			expect([push.title, push.message.split('\n')[0]]).toEqual([TEXT, TEXT]);
			const card = json(`teams ${lang}`).attachments[0].content.body.map((block: any) => block.text);
			expect(card).toContain(TEXT);
			expect(card[0]).toBe(`${ORGANISATION} · ${lang === 'nl' ? 'Storing in het labo' : 'Laboratory outage'}`);
			// Slack reads &, < and > as its own markup: each is written as Slack's escape, read back as the text.
			const slack = json(`slack ${lang}`);
			const unescapeSlack = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
			expect(slack.blocks[0].text).toEqual({ type: 'plain_text', text: TEXT });
			expect(slack.blocks[1].text.text).not.toMatch(/<(?!https:\/\/)/);
			expect(unescapeSlack(slack.blocks[1].text.text)).toContain(TEXT);
			expect(unescapeSlack(slack.text)).toContain(TEXT);
		}
		const statuspage = json('partners nl');
		expect(statuspage.incident.incident_updates.find((entry: any) => entry.id === UPDATE).body).toContain(
			`${TEXT}\n${TEXT}`,
		);
	});
});
