import { describe, expect, it } from 'vitest';
import { fitBlocks, graphemeLength, mastodonLength } from '../../src/lib/announce/fit-text.ts';
import { emptyLedger, formatLedger, parseLedger } from '../../src/lib/announce/ledger.ts';
import { planDeliveries } from '../../src/lib/announce/plan.ts';
import { subscribeLinks } from '../../src/lib/announce/subscribe-links.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { FIRST_UPDATE, mdx, rawContent, SITE_YAML } from './helpers/raw-content.ts';

const ANNOUNCE = `announce:
  since: 2026-01-13T07:00:00+01:00
  channels:
    - { name: toots, type: mastodon, languages: [nl, en], server: "https://social.example", token_env: TOOT_TOKEN }
`;

describe('fitting a post into its limit', () => {
	const link = 'https://status.test.example/nl/updates/2026-01-13-0800-servers-uit/';
	const measure = graphemeLength;

	it('keeps every block that fits, in order, and the link last and whole', () => {
		expect(fitBlocks(['Titel', 'Samenvatting.'], link, { limit: 300, measure })).toBe(
			`Titel\n\nSamenvatting.\n\n${link}`,
		);
	});

	it('shortens the first block that does not fit at a word boundary, with an ellipsis, and leaves out the rest', () => {
		const summary = 'Spoed werkt met beperkte capaciteit; geplande operaties gaan vandaag niet door, u wordt gebeld.';
		const text = fitBlocks(['Titel', summary, 'Volgende update om 16:00.'], link, { limit: 120, measure });
		expect(text).toBe(`Titel\n\nSpoed werkt met beperkte capaciteit…\n\n${link}`);
		expect(graphemeLength(text)).toBeLessThanOrEqual(120);
	});

	it('never shortens a fact: a change that does not fit whole is left out, with everything after it', () => {
		const change = { whole: 'Spoedgevallen, Campus Noord: Gesloten (was: Beperkte capaciteit)' };
		const text = fitBlocks(['Titel', change, { whole: 'Volgende update om 16:00.' }], link, { limit: 100, measure });
		expect(text).toBe(`Titel\n\n${link}`);
		expect(fitBlocks(['Titel', change], link, { limit: 200, measure })).toBe(`Titel\n\n${change.whole}\n\n${link}`);
	});

	it('counts what people see as one character once, and a Mastodon link as 23', () => {
		expect(graphemeLength('e\u0301te\u0301 🇧🇪')).toBe(5);
		expect(mastodonLength(`Zie ${link}`)).toBe(4 + 23);
		const title = 'Été '.repeat(40).trim();
		const fitted = fitBlocks([title], link, { limit: 100, measure });
		expect(graphemeLength(fitted)).toBeLessThanOrEqual(100);
		expect(fitted.split('\n\n')[0]).toMatch(/^(Été )+Été…$/);
	});
});

describe('the ledger file', () => {
	it('reads back what it wrote, one entry per line, and refuses a file that is not a ledger', () => {
		const ledger = emptyLedger();
		ledger.sent['toots u1 nl'] = { fingerprint: 'abc', at: '2026-01-13T08:01:00.000Z' };
		expect(formatLedger(ledger)).toBe(
			'{\n\t"version": 1,\n\t"sent": {\n\t\t"toots u1 nl": {"fingerprint":"abc","at":"2026-01-13T08:01:00.000Z"}\n\t}\n}\n',
		);
		expect(parseLedger(formatLedger(ledger), 'ledger.json')).toEqual(ledger);
		expect(() => parseLedger('{"sent": []', 'ledger.json')).toThrow(/^ledger\.json: not a ledger/);
		expect(() => parseLedger('{"version": 2, "sent": {}}', 'ledger.json')).toThrow(
			'ledger.json: not a ledger of version 1',
		);
	});
});

describe('what a run sends', () => {
	const later = mdx(`
incident: cyber
published: 2026-01-13T12:00:00+01:00
phase: ongoing
title: Spoed weer open
services:
  emergency-noord: open
`);
	const early = FIRST_UPDATE.replace('2026-01-13T08:00:00+01:00', '2026-01-13T06:50:00+01:00');
	const { content } = validateContent(
		rawContent({ 'u0/nl': early, 'u1/nl': FIRST_UPDATE, 'u2/nl': later }, { site: SITE_YAML + ANNOUNCE }),
	);
	const status = computeStatus(content!, content!.updates, new Date('2026-01-14T00:00:00Z'));
	const sources = { content: content!, status, routes: createRoutes('/') };
	const settings = content!.site.announce!;

	it('plans updates since `since`, oldest first, in each language; a language without its text waits', () => {
		const plan = planDeliveries(sources, settings, emptyLedger());
		expect(plan.map((delivery) => `${delivery.state} ${delivery.updateId} ${delivery.lang}`)).toEqual([
			'due u1 nl',
			'waiting u1 en',
			'due u2 nl',
			'waiting u2 en',
		]);
	});

	it('sends nothing twice, and sends a correction only when the site asks for them', () => {
		const ledger = emptyLedger();
		const first = planDeliveries(sources, settings, ledger);
		for (const delivery of first)
			if (delivery.state === 'due')
				ledger.sent[delivery.key] = { fingerprint: delivery.announcement.fingerprint, at: '' };
		expect(planDeliveries(sources, settings, ledger).map((delivery) => delivery.state)).toEqual([
			'already',
			'waiting',
			'already',
			'waiting',
		]);
		ledger.sent['toots u1 nl']!.fingerprint = 'what was sent before a fix';
		expect(planDeliveries(sources, settings, ledger)[0]!.state).toBe('already');
		const corrected = planDeliveries(sources, { ...settings, corrections: true }, ledger)[0]!;
		expect(corrected.state === 'due' && corrected.announcement.correction).toBe(true);
	});
});

describe('where readers subscribe', () => {
	it('lists the channels of the page’s language with a public address, in site.yaml’s order, ntfy by its topic', () => {
		const announce = `announce:
  since: 2026-01-13T07:00:00+01:00
  channels:
    - { name: mail, type: email, languages: [nl, en], smtp: "smtps://smtp.example:465", from: "A <a@example.org>", to: { nl: nl@lists.example, en: en@lists.example }, subscribe: { nl: "https://lists.example/nl" } }
    - { name: toots, type: mastodon, languages: [en], server: "https://social.example", token_env: T, subscribe: "https://social.example/@status" }
    - { name: push, type: ntfy, languages: [nl, en], server: "https://ntfy.example/push", topics: { nl: status-nl, en: status-en } }
    - { name: partners, type: webhook, format: statuspage, url_env: HOOK }
`;
		const { content } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE }, { site: SITE_YAML + announce }));
		expect(subscribeLinks(content!.site, 'nl')).toEqual([
			{ type: 'email', href: 'https://lists.example/nl' },
			{ type: 'ntfy', href: 'https://ntfy.example/push/status-nl' },
		]);
		expect(subscribeLinks(content!.site, 'en')).toEqual([
			{ type: 'mastodon', href: 'https://social.example/@status' },
			{ type: 'ntfy', href: 'https://ntfy.example/push/status-en' },
		]);
		expect(subscribeLinks(content!.site, 'fr')).toEqual([]);
	});
});

describe('the announce: section of site.yaml', () => {
	const problems = (announce: string) =>
		validateContent(rawContent({ 'u1/nl': FIRST_UPDATE }, { site: SITE_YAML + announce })).problems.map(formatProblem);

	it('names what is wrong with a channel, where it stands', () => {
		expect(
			problems(`announce:
  since: 2026-01-13T07:00:00
  channels:
    - { name: toots, type: mastodon, server: "http://social.example", token_env: toot_token }
    - { name: toots, type: telegram }
    - { name: mail, type: email, languages: [nl, de], smtp: "smtps://smtp.example:465", from: "A <a@example.org>", to: { nl: nl@lists.example } }
`),
		).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:16:10  announce.since  expected a date and time with an offset, such as 2026-01-13T09:15:00+01:00: found "2026-01-13T07:00:00"",
			  "content/site.yaml:18:46  announce.channels.0.server  expected a web address starting with https:// (http:// only for localhost): found "http://social.example"",
			  "content/site.yaml:18:82  announce.channels.0.token_env  expected the name of an environment variable in capitals, such as LANTERN_MASTODON_TOKEN: found "toot_token"",
			  "content/site.yaml:19:28  announce.channels.1.type  this kind is not known: found "telegram" (allowed: email, mastodon, bluesky, ntfy, webhook)",
			]
		`);
		expect(
			problems(`announce:
  since: 2026-01-13T07:00:00+01:00
  channels:
    - { name: toots, type: mastodon, server: "https://social.example", token_env: TOOT_TOKEN }
    - { name: toots, type: ntfy, languages: [en], topics: { nl: status } }
    - { name: mail, type: email, languages: [nl, de], smtp: "smtps://smtp.example:465", from: "A <a@example.org>", to: { nl: nl@lists.example } }
`),
		).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:19:15  announce.channels.1.name  this channel id is used twice: found "toots"",
			  "content/site.yaml:19:59  announce.channels.1.topics  channel "toots" announces in en but has no topic for it: found "nl" (allowed: en)",
			  "content/site.yaml:20:50  announce.channels.2.languages.1  this language is not listed in site.yaml: found "de" (allowed: nl, en, fr)",
			  "content/site.yaml:20:120  announce.channels.2.to  channel "mail" announces in de but has no address for it: found "nl" (allowed: nl, de)",
			]
		`);
	});
});
