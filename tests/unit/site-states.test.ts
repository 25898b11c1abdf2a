import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import type { LanternContent } from '../../src/lib/content/model.ts';
import { stateLabel } from '../../src/lib/states.ts';
import { DEFAULT_STATE_KEYS } from '../../src/schemas/state.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { FIRST_UPDATE, mdx, rawContent, SITE_YAML } from './helpers/raw-content.ts';

/** A town hall's counters, instead of the hospital states: the normal state is the one of rank 0. */
const COUNTER_STATES = `states:
  replace:
    - key: open
      rank: 0
      statuspage: operational
      label: { nl: Open, en: Open as usual, fr: Ouvert }
    - key: appointment-only
      rank: 1
      statuspage: degraded_performance
      icon: calendar
      label: { nl: Enkel op afspraak, en: Open by appointment only, fr: Uniquement sur rendez-vous }
    - key: online-only
      rank: 2
      statuspage: partial_outage
      label: { nl: Enkel online, en: Online only, fr: En ligne uniquement }
    - key: closed
      rank: 3
      statuspage: major_outage
      icon: stop
      label: { nl: Gesloten, en: Closed, fr: Fermé }
`;

const update = (services: string) =>
	mdx(`
incident: cyber
published: 2026-01-13T08:00:00+01:00
phase: ongoing
title: Loketten beperkt open
summary: Kom enkel op afspraak.
services:
${services}
`);

const siteWith = (states: string) => `${SITE_YAML}${states}`;

/** Valid content of a site with `states`, whose one update changes `services`. */
function contentWith(states: string, services: string): LanternContent {
	const { content, problems } = validateContent(rawContent({ 'u1/nl': update(services) }, { site: siteWith(states) }));
	expect(problems.map(formatProblem)).toEqual([]);
	return content!;
}

/** The worst state per campus and overall, the day after the update. */
function worstAfter(content: LanternContent) {
	const { current } = computeStatus(content, content.updates, new Date('2026-01-14T00:00:00+01:00'));
	return { ...Object.fromEntries(current.worstByCampus), overall: current.overall };
}
const messages = (states: string, updates: Record<string, string> = { 'u1/nl': FIRST_UPDATE }) =>
	validateContent(rawContent(updates, { site: siteWith(states) })).problems.map(formatProblem);

describe('the states of a site', () => {
	it('are the hospital states when site.yaml says nothing', () => {
		const { content } = validateContent(rawContent());
		expect(content!.states.keys).toEqual(DEFAULT_STATE_KEYS);
		expect(content!.states.normal).toBe('open');
		expect(content!.states.of('no-ambulance')).toEqual({
			key: 'no-ambulance',
			rank: 3,
			statuspage: 'partial_outage',
			tone: 'major',
			icon: 'slash',
		});
	});

	it('replace the hospital states with the site’s own, in the order written, with their words in every language', () => {
		const content = contentWith(
			COUNTER_STATES,
			'  emergency-noord: appointment-only\n  mug: online-only\n  visiting: closed',
		);
		const { states, words } = content;
		expect(states.keys).toEqual(['open', 'appointment-only', 'online-only', 'closed']);
		expect(states.normal).toBe('open');
		expect(states.of('appointment-only')).toMatchObject({ tone: 'minor', icon: 'calendar' });
		// Without an icon, the one of its Statuspage status.
		expect(states.of('online-only')).toMatchObject({ tone: 'major', icon: 'warning' });
		expect(['nl', 'en', 'fr'].map((lang) => stateLabel('appointment-only', words.for(lang)))).toEqual([
			'Enkel op afspraak',
			'Open by appointment only',
			'Uniquement sur rendez-vous',
		]);
		// A language the site does not list says the source language's words.
		expect(stateLabel('online-only', words.for('de'))).toBe('Enkel online');

		expect(worstAfter(content)).toEqual({ noord: 'online-only', zuid: 'open', '': 'closed', overall: 'closed' });
	});

	it('find the worst state by the ranks the site gives, not by the order they are written in', () => {
		const school = `states:
  replace:
    - key: closed
      rank: 2
      statuspage: major_outage
      label: { nl: Gesloten, en: Closed, fr: Fermé }
    - key: lessons-online
      rank: 1
      statuspage: degraded_performance
      label: { nl: Lessen online, en: 'Closed, lessons online', fr: Cours en ligne }
    - key: no-canteen
      rank: 1
      statuspage: degraded_performance
      label: { nl: Geen refter, en: No canteen, fr: Pas de cantine }
    - key: open
      rank: 0
      statuspage: operational
      label: { nl: Open, en: Open, fr: Ouvert }
`;
		const content = contentWith(
			school,
			'  emergency-noord: no-canteen\n  emergency-zuid: lessons-online\n  mug: lessons-online',
		);
		const { states } = content;
		expect(states.normal).toBe('open');
		expect(states.worst([])).toBe('open');
		expect(states.worst(['lessons-online', 'closed', 'no-canteen'])).toBe('closed');
		// Equal ranks: the first seen stays the worst, so the answer does not depend on the set's order.
		expect(states.worst(['no-canteen', 'lessons-online'])).toBe('no-canteen');
		expect(worstAfter(content)).toEqual({
			noord: 'no-canteen',
			zuid: 'lessons-online',
			'': 'open',
			overall: 'no-canteen',
		});
	});

	it('add a state to the hospital ones, placed among them by its rank', () => {
		const added = `states:
  add:
    - key: phone-only
      rank: 2
      statuspage: degraded_performance
      label: { nl: Enkel telefonisch, en: By phone only, fr: Par téléphone uniquement }
`;
		const content = contentWith(added, '  mug: phone-only\n  visiting: delays');
		expect(content.states.keys).toEqual([
			'open',
			'delays',
			'reduced',
			'phone-only',
			'urgent-only',
			'no-ambulance',
			'postponed',
			'unavailable',
			'closed',
		]);
		expect(content.states.worst(['delays', 'phone-only', 'reduced'])).toBe('phone-only');
		expect(worstAfter(content)).toMatchObject({ noord: 'phone-only', overall: 'phone-only' });
		expect(stateLabel('phone-only', content.words.for('en'))).toBe('By phone only');
		expect(stateLabel('reduced', content.words.for('en'))).toBe('Reduced capacity');
	});

	it('are the only states an update may write, with the allowed ones and the nearest named', () => {
		expect(messages(COUNTER_STATES, { 'u1/nl': update('  emergency-noord: reduced\n  mug:\n    state: online-olny') }))
			.toMatchInlineSnapshot(`
				[
				  "content/updates/u1/nl.mdx:8:20  services.emergency-noord.state  this value is not allowed: found "reduced" (allowed: open, appointment-only, online-only, closed)",
				  "content/updates/u1/nl.mdx:10:12  services.mug.state  this value is not allowed: found "online-olny" (allowed: open, appointment-only, online-only, closed). Did you mean "online-only"?",
				]
			`);
	});

	it('need words in every language of the site, and only in those, each its own, each named with the state and the language', () => {
		const states = COUNTER_STATES.replace(
			'label: { nl: Enkel online, en: Online only, fr: En ligne uniquement }',
			'label: { nl: Enkel online, de: Nur online }',
		)
			.replace('      icon: stop\n      label: { nl: Gesloten, en: Closed, fr: Fermé }', '      icon: stop')
			.replace('en: Open by appointment only', 'en: Open as usual');
		expect(messages(states)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:29:14  states.replace.2.label.en  the state "online-only" has no words in English (en); every language of the site needs them",
			  "content/site.yaml:29:14  states.replace.2.label.fr  the state "online-only" has no words in French (fr); every language of the site needs them",
			  "content/site.yaml:29:38  states.replace.2.label.de  this language is not listed in site.yaml: found "de" (allowed: nl, en, fr)",
			  "content/site.yaml:30:7  states.replace.3.label.nl  the state "closed" has no words in Dutch (nl); every language of the site needs them",
			  "content/site.yaml:30:7  states.replace.3.label.en  the state "closed" has no words in English (en); every language of the site needs them",
			  "content/site.yaml:30:7  states.replace.3.label.fr  the state "closed" has no words in French (fr); every language of the site needs them",
			  "content/site.yaml:25:43  states.replace.1.label.en  the state "open" has these words already; give each state its own, so readers can tell them apart: found "Open as usual"",
			]
		`);
	});

	it('name one normal state of rank 0, operational, and no other operational one', () => {
		const noNormal = COUNTER_STATES.replace(
			'rank: 0\n      statuspage: operational',
			'rank: 1\n      statuspage: degraded_performance',
		);
		expect(messages(noNormal)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:17:5  states.replace  one state needs rank 0: the normal state, which every service starts in and which alone counts as working normally",
			]
		`);
		const twoNormal = COUNTER_STATES.replace('rank: 1\n', 'rank: 0\n');
		expect(messages(twoNormal)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:22:13  states.replace.1.rank  only one state can have rank 0 (the normal state), and "open" has it: found "0"",
			  "content/site.yaml:23:19  states.replace.1.statuspage  the normal state (rank 0) must be operational: found "degraded_performance" (allowed: operational)",
			]
		`);
		const operational = COUNTER_STATES.replace('statuspage: degraded_performance', 'statuspage: operational');
		expect(messages(operational)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:23:19  states.replace.1.statuspage  only the normal state (rank 0) is operational; a state that is not working normally is reported as one of: found "operational" (allowed: degraded_performance, partial_outage, major_outage)",
			]
		`);
	});

	it('never give a worse rank a milder Statuspage status', () => {
		const milder = COUNTER_STATES.replace('statuspage: major_outage', 'statuspage: degraded_performance');
		expect(messages(milder)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:32:19  states.replace.3.statuspage  "closed" has rank 3, and "online-only" a milder rank (2) with the Statuspage status partial_outage; a worse rank needs the same or a more severe status: found "degraded_performance"",
			]
		`);
		const added = `states:
  add:
    - key: phone-only
      rank: 1
      statuspage: major_outage
      label: { nl: Telefonisch, en: By phone, fr: Par téléphone }
`;
		expect(messages(added)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:19:19  states.add.0.statuspage  "phone-only" has rank 1, and "reduced" a worse rank (2) with the Statuspage status degraded_performance; a worse rank needs the same or a more severe status: found "major_outage"",
			]
		`);
	});

	it('say what is wrong with how the set is written', () => {
		const both = `${COUNTER_STATES}  add:\n    - { key: phone-only, rank: 1, statuspage: degraded_performance, label: { nl: a, en: b, fr: c } }\n`;
		const added = (fields: string) => `states:\n  add:\n    - ${fields}\n      label: { nl: a, en: b, fr: c }\n`;
		const problems = [
			...messages(both),
			...messages('states: {}\n'),
			...messages(added('key: closed\n      rank: 0\n      statuspage: operational')),
			...messages(added('key: Phone only\n      rank: 1.5\n      statuspage: degraded_perfomance\n      icon: phone')),
			...messages(COUNTER_STATES.replace('key: online-only', 'key: appointment-only')),
		];
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:17:5  states.replace  write either add: (states added to the hospital states) or replace: (a set of your own), not both",
			  "content/site.yaml:15:9  states  write add: (states added to the hospital states) or replace: (a set of your own), with a list of states",
			  "content/site.yaml:17:12  states.add.0.key  this is one of the hospital states already: change its words in i18n/<lang>.yaml, or write your whole set under replace instead of add: found "closed"",
			  "content/site.yaml:18:13  states.add.0.rank  rank 0 is the normal state, which is "open" among the hospital states; an added state has rank 1 or more: found "0"",
			  "content/site.yaml:17:12  states.add.0.key  expected an id of lower-case letters, digits and dashes: found "Phone only"",
			  "content/site.yaml:18:13  states.add.0.rank  expected a whole number: found "1.5"",
			  "content/site.yaml:19:19  states.add.0.statuspage  this value is not allowed: found "degraded_perfomance" (allowed: operational, degraded_performance, partial_outage, major_outage). Did you mean "degraded_performance"?",
			  "content/site.yaml:20:13  states.add.0.icon  this value is not allowed: found "phone" (allowed: check, clock, half, warning, slash, calendar, cross, stop)",
			  "content/site.yaml:26:12  states.replace.2.key  this state id is used twice: found "appointment-only"",
			]
		`);
	});
});
