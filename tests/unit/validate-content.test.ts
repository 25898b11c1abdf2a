import { describe, expect, it } from 'vitest';
import { formatProblem, warningSummary } from '../../src/lib/content/problems.ts';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, mdx, rawContent, SERVICES_YAML, SITE_YAML } from './helpers/raw-content.ts';

const messages = (raw: ReturnType<typeof rawContent>) => validateContent(raw).problems.map(formatProblem);

const FIRST_HASH = sourceTextHash({
	title: 'Servers uitgeschakeld',
	summary: 'Spoed werkt beperkt.',
	body: 'Tekst van de update.\n',
});

const translation = (extra = '', hash = FIRST_HASH) =>
	mdx(
		`title: Servers shut down\nsummary: Emergency reduced.\nsource_hash: "${hash}"\n${extra}`,
		'Text of the update.\n',
	);

describe('validateContent', () => {
	it('names the allowed fields wherever an unknown one stands: in a record entry, a nested object, a list item, a field with a default', () => {
		const site = SITE_YAML.replace('gp_on_call: "1733"', 'gp_on_call: "1733"\n  gp_oncall: "1733"')
			.replace('  - id: noord\n', '  - id: noord\n    adress: Noordlaan 1\n')
			.concat('feeds:\n  item: 20\n');
		const update = FIRST_UPDATE.replace('    note: Bel 112.', '    note: Bel 112.\n    nte: x');
		expect(messages(rawContent({ 'u1/nl': update }, { site }))).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:9:5  campuses.0.adress  this field is not known here (allowed: id, name, address). Did you mean "address"?",
			  "content/site.yaml:16:3  contacts.gp_oncall  this field is not known here (allowed: emergency, gp_on_call, info_line, hospitals, others). Did you mean "gp_on_call"?",
			  "content/site.yaml:18:3  feeds.item  this field is not known here (allowed: items). Did you mean "items"?",
			]
		`);
		expect(messages(rawContent({ 'u1/nl': update }))).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:12:5  services.mug.nte  this field is not known here (allowed: state, note, from, until, cancel). Did you mean "note"?",
			]
		`);
	});

	it('accepts valid content and reads it into the model', () => {
		const { content, problems } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': translation() }));
		expect(problems).toEqual([]);
		expect(content?.site.sourceLanguage).toBe('nl');
		const update = content!.updates[0]!;
		expect(update.published.toISOString()).toBe('2026-01-13T07:00:00.000Z');
		expect(update.services).toEqual({
			'emergency-noord': { state: 'reduced' },
			mug: { state: 'unavailable', note: 'Bel 112.' },
		});
		expect(update.translations['en']).toMatchObject({ title: 'Servers shut down', outdated: false });
	});

	it('names the file, line, field, what was found and what is allowed for an unknown state', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE.replace('emergency-noord: reduced', 'emergency-noord: reduce') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:8:20  services.emergency-noord.state  this value is not allowed: found "reduce" (allowed: open, delays, reduced, urgent-only, no-ambulance, postponed, unavailable, closed). Did you mean "reduced"?",
			]
		`);
	});

	it('reports an unknown state in the long form at the state line', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE.replace('state: unavailable', 'state: gone') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:10:12  services.mug.state  this value is not allowed: found "gone" (allowed: open, delays, reduced, urgent-only, no-ambulance, postponed, unavailable, closed)",
			]
		`);
	});

	it('reports an unknown service id with a suggestion, even next to another error', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace('  mug:\n', '  mugg:\n').replace('phase: ongoing', 'phase: busy'),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:4:8  phase  this value is not allowed: found "busy" (allowed: ongoing, recovering, resolved)",
			  "content/updates/u1/nl.mdx:9:3  services.mugg  there is no such service in services.yaml: found "mugg" (allowed: emergency-noord, emergency-zuid, mug, visiting). Did you mean "mug"?",
			]
		`);
	});

	it('rejects a published time without an offset', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE.replace('2026-01-13T08:00:00+01:00', '2026-01-13T08:00:00') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:3:12  published  expected a date and time with an offset, such as 2026-01-13T09:15:00+01:00: found "2026-01-13T08:00:00"",
			]
		`);
	});

	it('rejects a day, an hour or an offset that does not exist, rather than moving it', () => {
		const at = (next: string) =>
			rawContent({ 'u1/nl': FIRST_UPDATE.replace('next_update: 2026-01-13T12:00:00+01:00', `next_update: ${next}`) });
		expect([
			...messages(at('2026-02-30T10:00:00+01:00')),
			...messages(at('2026-13-01T10:00:00+01:00')),
			...messages(at('2026-01-13T25:00:00+01:00')),
			...messages(at('2026-01-13T16:00:00+15:00')),
		]).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:12:14  next_update  expected a day that exists (2026-02-30 is not one: that month ends on 2026-02-28): found "2026-02-30T10:00:00+01:00"",
			  "content/updates/u1/nl.mdx:12:14  next_update  expected a day that exists (2026-13-01 is not one: months go from 01 to 12): found "2026-13-01T10:00:00+01:00"",
			  "content/updates/u1/nl.mdx:12:14  next_update  expected a time of day that exists (25:00 is not one: hours go from 00 to 23, minutes and seconds from 00 to 59): found "2026-01-13T25:00:00+01:00"",
			  "content/updates/u1/nl.mdx:12:14  next_update  expected an offset from UTC that exists (+15:00 is not one: from -12:00 to +14:00): found "2026-01-13T16:00:00+15:00"",
			]
		`);
	});

	it('warns when a written offset is not the site’s at that moment, saying what pages show', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace(
				'next_update: 2026-01-13T12:00:00+01:00',
				'next_update: 2026-07-01T10:00:00+01:00',
			).replace('    note: Bel 112.', '    note: Bel 112.\n    from: 2026-03-29T02:30:00+01:00'),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "warning: content/updates/u1/nl.mdx:12:11  services.mug.from  Europe/Brussels is not at this offset at that moment, so pages show 2026-03-29T03:30:00+02:00; write the offset of that day if that is not the time you meant: found "2026-03-29T02:30:00+01:00"",
			  "warning: content/updates/u1/nl.mdx:13:14  next_update  Europe/Brussels is not at this offset at that moment, so pages show 2026-07-01T11:00:00+02:00; write the offset of that day if that is not the time you meant: found "2026-07-01T10:00:00+01:00"",
			]
		`);
	});

	it('holds every language’s title and summary to the same limits, and names the field a placeholder is in', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace('summary: Spoed werkt beperkt.', `summary: ${'Spoed werkt beperkt. '.repeat(10)}`),
			'u1/en': translation().replace('title: Servers shut down', `title: ${'Servers shut down. '.repeat(6)}[TIME]`),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "warning: content/updates/u1/nl.mdx:6:10  summary  this summary has 209 characters; keep it to 200 so it fits a notification and a feed reader’s list",
			  "warning: content/updates/u1/en.mdx:2:8  title  this title has 120 characters; keep it to 90 so it fits a phone screen and a notification",
			  "content/updates/u1/en.mdx:2:122  title  a placeholder is not filled in yet (replace it with the real text): found "[TIME]"",
			  "warning: content/updates/u1/en.mdx:4:14  source_hash  the nl text changed after this translation was made; bring the translation up to date, then run: npm run translate -- --stamp u1 en",
			]
		`);
	});

	it('names every placeholder left, in every field, each at its line and column', () => {
		const raw = rawContent({
			'u1/nl': mdx(
				`incident: cyber
published: 2026-01-13T08:00:00+01:00
phase: ongoing
title: Servers uitgeschakeld
summary: "Spoed werkt beperkt sinds [TIJDSTIP]."
services:
  mug:
    state: unavailable
    note: Terug om [TIJDSTIP].`,
				'## Wat is er gebeurd?\n\nOm [TIJDSTIP] gingen de servers uit.\n\n[SCHRIJF HIER] en [TIJDSTIP].\n',
			),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:6:37  summary  a placeholder is not filled in yet (replace it with the real text): found "[TIJDSTIP]"",
			  "content/updates/u1/nl.mdx:10:20  services.mug.note  a placeholder is not filled in yet (replace it with the real text): found "[TIJDSTIP]"",
			  "content/updates/u1/nl.mdx:14:4  body  a placeholder is not filled in yet (replace it with the real text): found "[TIJDSTIP]"",
			  "content/updates/u1/nl.mdx:16:1  body  a placeholder is not filled in yet (replace it with the real text): found "[SCHRIJF HIER]"",
			  "content/updates/u1/nl.mdx:16:19  body  a placeholder is not filled in yet (replace it with the real text): found "[TIJDSTIP]"",
			]
		`);
	});

	it('refuses a contact placeholder left in a title, summary or note, saying which number to write', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace(
				'summary: Spoed werkt beperkt.',
				'summary: Bel {emergency} bij levensgevaar.',
			).replace('note: Bel 112.', 'note: Bel {gp_on_call} of {info_line}.'),
			'u1/en': translation('notes:\n  mug: Call {gp_on_call}.').replace(
				'title: Servers shut down',
				'title: Call {emergency}',
			),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:6:14  summary  a number to call is written as its placeholder, which is published as it is: found "{emergency}"; write the number itself: 112",
			  "content/updates/u1/nl.mdx:11:15  services.mug.note  a number to call is written as its placeholder, which is published as it is: found "{gp_on_call}"; write the number itself: 1733",
			  "content/updates/u1/nl.mdx:11:31  services.mug.note  a number to call is written as its placeholder, which is published as it is: found "{info_line}"; site.yaml has no info_line; write the number itself",
			  "content/updates/u1/en.mdx:2:13  title  a number to call is written as its placeholder, which is published as it is: found "{emergency}"; write the number itself: 112",
			  "content/updates/u1/en.mdx:6:13  notes.mug  a number to call is written as its placeholder, which is published as it is: found "{gp_on_call}"; write the number itself: 1733",
			  "warning: content/updates/u1/en.mdx:4:14  source_hash  the nl text changed after this translation was made; bring the translation up to date, then run: npm run translate -- --stamp u1 en",
			]
		`);
	});

	it('refuses a translation that is still the source text, as npm run translate starts it; a warning in a draft', () => {
		const stub = mdx(
			`title: Servers uitgeschakeld\nsummary: Spoed werkt beperkt.\nsource_hash: "${FIRST_HASH}"`,
			'Tekst van de update.\n',
		);
		expect(messages(rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/fr': stub }))).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/fr.mdx:2:8  (file)  not translated yet: the title, summary and text are still the nl ones, which would be published as fr; translate them, or delete the file (the fr pages then show the nl text, saying so)",
			]
		`);
		const draft = FIRST_UPDATE.replace('phase: ongoing', 'phase: ongoing\ndraft: true');
		expect(messages(rawContent({ 'u1/nl': draft, 'u1/fr': stub }))).toMatchInlineSnapshot(`
			[
			  "warning: content/updates/u1/fr.mdx:2:8  (file)  not translated yet: the title, summary and text are still the nl ones, which would be published as fr; translate them, or delete the file (the fr pages then show the nl text, saying so)",
			]
		`);
		// One text translated is a translation under way, not a copy.
		expect(
			messages(
				rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/fr': stub.replace('Servers uitgeschakeld', 'Serveurs arrêtés') }),
			),
		).toEqual([]);
	});

	it('rejects a translation that carries service states or times', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE,
			'u1/en': translation('services:\n  mug: open\npublished: 2026-01-13T08:00:00+01:00'),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/en.mdx:5:1  services  a translation carries only its text; service states belong in nl.mdx (allowed: title, summary, notes, source_hash)",
			  "content/updates/u1/en.mdx:7:1  published  a translation carries only its text; "published" belongs in nl.mdx (allowed: title, summary, notes, source_hash)",
			]
		`);
	});

	it('rejects a file in a language the site does not list, and a translation without source', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/de': translation(), 'u2/en': translation() });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/de.mdx  (file)  the language "de" of this file is not listed in site.yaml (allowed: nl.mdx, en.mdx, fr.mdx)",
			  "content/updates/u2/en.mdx  (file)  this update has no nl.mdx: every update needs its source-language file, which holds the states and times",
			]
		`);
	});

	it('rejects two updates of one incident at the same time', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, 'u2/nl': FIRST_UPDATE.replace('Servers uitgeschakeld', 'Tweede') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u2/nl.mdx  published  another update of this incident has the same time (content/updates/u1/nl.mdx); give each update its own time so their order is clear: found "2026-01-13T07:00:00.000Z"",
			]
		`);
	});

	it('rejects an unknown incident and a next update before the update itself', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace('incident: cyber', 'incident: cybr').replace(
				'next_update: 2026-01-13T12:00:00+01:00',
				'next_update: 2026-01-13T07:00:00+01:00',
			),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:2:11  incident  there is no such file in content/incidents/: found "cybr" (allowed: cyber). Did you mean "cyber"?",
			  "content/updates/u1/nl.mdx:12:14  next_update  the next update must come after this one is published: found "2026-01-13T07:00:00+01:00"",
			]
		`);
	});

	it('points at the line of a YAML syntax error', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE.replace('title: Servers uitgeschakeld', 'title: Servers: uitgeschakeld'),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:5:8  (file)  this is not valid YAML (Nested mappings are not allowed in compact mappings)",
			]
		`);
	});

	it('checks services.yaml and site.yaml against each other', () => {
		const services = SERVICES_YAML.replace('campus: zuid', 'campus: south').replace(
			'  - id: mug',
			'  - id: emergency-noord',
		);
		expect(messages(rawContent({ 'u1/nl': FIRST_UPDATE }, { services }))).toMatchInlineSnapshot(`
			[
			  "content/services.yaml:13:9  services.2.id  this service id is used twice: found "emergency-noord"",
			  "content/services.yaml:10:13  services.1.campus  there is no such campus in site.yaml: found "south" (allowed: noord, zuid)",
			  "content/updates/u1/nl.mdx:9:3  services.mug  there is no such service in services.yaml: found "mug" (allowed: emergency-noord, emergency-zuid, visiting)",
			]
		`);
	});

	it('requires the source language in texts given per language, and only listed languages', () => {
		const site = SITE_YAML.replace('name: { nl: Campus Noord }', 'name: { en: North, de: Nord }');
		expect(messages(rawContent({ 'u1/nl': FIRST_UPDATE }, { site }))).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:9:11  campuses.0.name  the nl text is missing; the source language is required, the others fall back to it",
			  "content/site.yaml:9:28  campuses.0.name.de  this language is not listed in site.yaml: found "de" (allowed: nl, en, fr)",
			]
		`);
	});

	it('names unknown fields and suggests the one meant', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE.replace('next_update:', 'next_updat:') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:12:1  next_updat  this field is not known here (allowed: incident, published, updated, phase, title, summary, services, next_update, draft). Did you mean "next_update"?",
			]
		`);
	});

	it('reports a missing required field', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE.replace('phase: ongoing\n', '') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/nl.mdx:2:1  phase  this field is required (allowed: ongoing, recovering, resolved)",
			]
		`);
	});

	it('warns, without failing, when the source text changed after the translation', () => {
		const { content, problems } = validateContent(
			rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': translation('', 'aaaaaaaaaaaa') }),
		);
		expect(content?.updates[0]?.translations['en']?.outdated).toBe(true);
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "warning: content/updates/u1/en.mdx:4:14  source_hash  the nl text changed after this translation was made; bring the translation up to date, then run: npm run translate -- --stamp u1 en",
			]
		`);
	});

	it('does not count a change of state or time as a change of the text to translate', () => {
		const changed = FIRST_UPDATE.replace('emergency-noord: reduced', 'emergency-noord: closed').replace(
			'08:00:00',
			'08:30:00',
		);
		const { content } = validateContent(rawContent({ 'u1/nl': changed, 'u1/en': translation() }));
		expect(content?.updates[0]?.translations['en']?.outdated).toBe(false);
	});
});

describe('planned changes', () => {
	const planned = (published: string, services: string) =>
		mdx(
			`incident: cyber\npublished: ${published}\nphase: recovering\ntitle: Herstel\nsummary: s\nservices:\n${services}`,
		);

	it('reads from, until and cancel into the model', () => {
		const { content, problems } = validateContent(
			rawContent({
				'u1/nl': FIRST_UPDATE,
				'u2/nl': planned(
					'2026-01-14T10:00:00+01:00',
					'  visiting:\n    state: closed\n    from: 2026-01-15T06:00:00+01:00\n    until: 2026-01-15T08:00:00+01:00',
				),
				'u3/nl': planned('2026-01-14T12:00:00+01:00', '  visiting:\n    cancel: true'),
			}),
		);
		expect(problems).toEqual([]);
		expect(content!.updates[1]!.services).toEqual({
			visiting: { state: 'closed', from: new Date('2026-01-15T05:00:00Z'), until: new Date('2026-01-15T07:00:00Z') },
		});
		expect(content!.updates[2]!.services).toEqual({ visiting: { cancel: true } });
	});

	it('names a planned time before publication, a window that ends before it begins, and a missing state', () => {
		const update = planned(
			'2026-01-14T10:00:00+01:00',
			`  visiting:
    state: closed
    from: 2026-01-14T09:00:00+01:00
  emergency-zuid:
    state: delays
    from: 2026-01-15T08:00:00+01:00
    until: 2026-01-15T06:00:00+01:00
  mug:
    until: 2026-01-14T09:00:00+01:00
    state: unavailable
  emergency-noord:
    note: Alleen een nota.`,
		);
		expect(messages(rawContent({ 'u1/nl': FIRST_UPDATE, 'u2/nl': update }))).toMatchInlineSnapshot(`
			[
			  "content/updates/u2/nl.mdx:10:11  services.visiting.from  a planned change cannot begin before the update is published (2026-01-14T10:00:00+01:00); leave out from for "now": found "2026-01-14T09:00:00+01:00"",
			  "content/updates/u2/nl.mdx:14:12  services.emergency-zuid.until  the end of a window must come after its from: found "2026-01-15T06:00:00+01:00"",
			  "content/updates/u2/nl.mdx:16:12  services.mug.until  the end of a window must come after the update is published: found "2026-01-14T09:00:00+01:00"",
			  "content/updates/u2/nl.mdx:19:5  services.emergency-noord.state  a service needs its new state (or cancel: true to cancel what an earlier update planned) (allowed: open, delays, reduced, urgent-only, no-ambulance, postponed, unavailable, closed)",
			]
		`);
	});

	it('names two windows of one service that overlap, and a cancel that cancels nothing', () => {
		const raw = rawContent({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': planned(
				'2026-01-14T10:00:00+01:00',
				'  emergency-zuid:\n    state: delays\n    from: 2026-01-15T06:00:00+01:00\n    until: 2026-01-15T08:00:00+01:00',
			),
			'u3/nl': planned(
				'2026-01-14T12:00:00+01:00',
				'  emergency-zuid:\n    state: unavailable\n    from: 2026-01-15T07:00:00+01:00\n    until: 2026-01-15T09:00:00+01:00\n  visiting:\n    cancel: true',
			),
		});
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u3/nl.mdx:10:11  services.emergency-zuid.from  this overlaps the planned change of emergency-zuid in content/updates/u2/nl.mdx (from 2026-01-15T06:00:00+01:00 until 2026-01-15T08:00:00+01:00); choose times outside it, or write cancel: true to replace it: found "from 2026-01-15T07:00:00+01:00 until 2026-01-15T09:00:00+01:00"",
			  "content/updates/u3/nl.mdx:13:13  services.visiting.cancel  no earlier update of this incident planned a change of visiting that is still to come at 2026-01-14T12:00:00+01:00; leave out cancel: found "true"",
			]
		`);
	});

	it('warns, without failing, when a change now leaves an earlier planned change of the service standing', () => {
		const friday = planned(
			'2026-01-16T15:00:00+01:00',
			'  visiting:\n    state: open\n    from: 2026-01-19T08:00:00+01:00\n  emergency-zuid:\n    state: delays\n    from: 2026-01-17T06:00:00+01:00\n    until: 2026-01-17T08:00:00+01:00',
		);
		const saturday = (cancel: string) =>
			planned('2026-01-17T12:00:00+01:00', `  visiting:\n${cancel}    state: closed\n  emergency-zuid: reduced`);
		const { content, problems } = validateContent(
			rawContent({ 'u1/nl': FIRST_UPDATE, 'u2/nl': friday, 'u3/nl': saturday('') }),
		);
		expect(content).toBeDefined();
		// The window of emergency-zuid was over by Saturday noon: only the reopening still stands.
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "warning: content/updates/u3/nl.mdx:9:5  services.visiting  this sets visiting now, but the change update u2 planned for it (open from 2026-01-19T08:00:00+01:00) still applies at that time; add cancel: true here to drop it: found "closed"",
			]
		`);
		expect(
			validateContent(rawContent({ 'u1/nl': FIRST_UPDATE, 'u2/nl': friday, 'u3/nl': saturday('    cancel: true\n') }))
				.problems,
		).toEqual([]);
	});

	it('explains that a translation carries no planned times', () => {
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': translation('from: 2026-01-15T06:00:00+01:00') });
		expect(messages(raw)).toMatchInlineSnapshot(`
			[
			  "content/updates/u1/en.mdx:5:1  from  a translation carries only its text; planned times ("from") belong in nl.mdx, under the service they change (allowed: title, summary, notes, source_hash)",
			]
		`);
	});
});

describe('warningSummary', () => {
	const warning = (index: number) => ({
		severity: 'warning' as const,
		file: `content/updates/u${index}/en.mdx`,
		field: 'source_hash',
		message: 'out of date',
	});

	it('prints the first warnings in full and counts the rest', () => {
		const lines = warningSummary(
			Array.from({ length: 13 }, (_, index) => warning(index)),
			10,
		);
		expect(lines).toHaveLength(11);
		expect(lines[9]).toBe('warning: content/updates/u9/en.mdx  source_hash  out of date');
		expect(lines[10]).toBe('… and 3 more warnings: npm run check lists them all');
		expect(warningSummary([warning(1), warning(2)], 1).at(-1)).toBe(
			'… and 1 more warning: npm run check lists them all',
		);
		expect(warningSummary([warning(1)], 10)).toEqual(['warning: content/updates/u1/en.mdx  source_hash  out of date']);
	});
});
