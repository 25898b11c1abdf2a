import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromIssue } from '../../src/lib/authoring/from-issue.ts';
import { readContentFolder } from '../../src/lib/content/read-content-folder.ts';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, rawContent } from './helpers/raw-content.ts';

// The helper's content after its first update (published 08:00, next update promised 12:00).
const RAW = rawContent({ 'u1/nl': FIRST_UPDATE });
const NOW = new Date('2026-01-13T10:00:00+01:00');

/** An issue body as the git host renders a form: `### Label`, a blank line, the answer. */
function issue(fields: Record<string, string>): string {
	return Object.entries(fields)
		.map(([label, answer]) => `### ${label}\n\n${answer}`)
		.join('\n\n');
}

const GOOD = {
	Incident: 'Cyberaanval (cyber)',
	'Fase van het incident': 'Lopend',
	Titel: 'MUG rijdt weer',
	Samenvatting: 'De MUG van Campus Noord rijdt weer uit.',
	'Campus Noord · Spoed Noord': 'Geen wijziging',
	'Uitleg bij Campus Noord · Spoed Noord (mag leeg)': '_No response_',
	'Campus Noord · MUG': 'Open',
	'Uitleg bij Campus Noord · MUG (mag leeg)': '_No response_',
	'Campus Zuid · Spoed Zuid': 'Open, met wachttijden',
	'Uitleg bij Campus Zuid · Spoed Zuid (mag leeg)': 'Reken op een uur.',
	'Volgende update': '2026-01-13 16:00',
	Tekst: '## Wat is er gebeurd?\n\nDe MUG rijdt weer.',
};

const problemsOf = (fields: Record<string, string>, form: 'update' | 'translation' = 'update') =>
	filesFromIssue(form, issue(fields), RAW, NOW).problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('an update from the issue form', () => {
	it('becomes the source file of a new update, which the content check accepts', () => {
		const { result, problems } = filesFromIssue('update', issue(GOOD), RAW, NOW);
		expect(problems).toEqual([]);
		expect(result?.updateId).toBe('2026-01-13-1000-mug-rijdt-weer');
		expect(result?.files[0]?.path).toBe('updates/2026-01-13-1000-mug-rijdt-weer/nl.mdx');
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, [`${result!.updateId}/nl`]: result!.files[0]!.text });
		const update = validateContent(raw).content!.updates.at(-1)!;
		expect(update).toMatchObject({
			incident: 'cyber',
			phase: 'ongoing',
			published: NOW,
			nextUpdate: new Date('2026-01-13T16:00:00+01:00'),
			services: { mug: { state: 'open' }, 'emergency-zuid': { state: 'delays', note: 'Reken op een uur.' } },
		});
		expect(update.source.body).toBe('## Wat is er gebeurd?\n\nDe MUG rijdt weer.');
	});

	it('reads Windows line endings, and a note alone as news about the state a service is in', () => {
		const fields = {
			...GOOD,
			'Campus Noord · MUG': 'Geen wijziging',
			'Uitleg bij Campus Noord · MUG (mag leeg)': 'Nog altijd 112 bellen.',
		};
		const { result } = filesFromIssue('update', issue(fields).replace(/\n/g, '\r\n'), RAW, NOW);
		expect(result?.files[0]?.text).toContain('  mug:\n    state: unavailable\n    note: "Nog altijd 112 bellen."');
	});

	it('reads a service’s “from when” as a change announced ahead of time, and names a time that has passed', () => {
		const fields = { ...GOOD, 'Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen)': '2026-01-14 08:00' };
		const { result } = filesFromIssue('update', issue(fields), RAW, NOW);
		expect(result?.files[0]?.text).toContain('  mug:\n    state: open\n    from: 2026-01-14T08:00:00+01:00');
		expect(result?.content.updates.at(-1)?.services['mug']).toEqual({
			state: 'open',
			from: new Date('2026-01-14T07:00:00Z'),
		});
		expect(
			problemsOf({ ...fields, 'Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen)': '2026-01-13 09:00' }),
		).toEqual([
			'Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): dit tijdstip is voorbij; laat het leeg voor een wijziging die meteen geldt',
		]);
	});

	it('names the form field of every problem, never a file or a line', () => {
		expect(
			problemsOf({ ...GOOD, Titel: '_No response_', Incident: 'Brand (fire)', 'Volgende update': 'morgen', Tekst: '' }),
		).toEqual([
			'Incident: kies er een uit de lijst (cyber)',
			'Titel: dit is leeg; vul het in',
			'Tekst: dit is leeg; vul het in',
			'Volgende update: dit is geen datum en uur; schrijf het als 2026-01-13 16:00',
		]);
		expect(problemsOf({ ...GOOD, 'Volgende update': '2026-01-13 09:00' })).toEqual([
			'Volgende update: dit tijdstip is voorbij; de volgende update moet later komen',
		]);
		expect(problemsOf({ ...GOOD, 'Campus Noord · MUG': 'Dicht' })[0]).toMatch(
			/^Campus Noord · MUG: kies er een uit de lijst/,
		);
	});

	it('refuses what the content check refuses in the body and the title, told in the form’s language', () => {
		const body = (text: string) => problemsOf({ ...GOOD, Tekst: text });
		expect(body('<script>alert(1)</script>')).toEqual([
			'Tekst: HTML is niet toegelaten in een update; gebruik Markdown of een van de bouwstenen',
		]);
		expect(body('import x from "y"\n\nTekst')).toEqual([
			'Tekst: import en export zijn niet toegelaten; de bouwstenen werken zonder import: "import x from "y""',
		]);
		expect(body('Het is {1 + 1} uur.')).toEqual([
			'Tekst: uitdrukkingen tussen { } zijn niet toegelaten; schrijf de tekst zelf: "{1 + 1}"',
		]);
		expect(body('[Klik](javascript:alert(1))')).toEqual([
			'Tekst: deze link is niet toegelaten (alleen links met https://, http://, mailto: en tel:): "javascript:alert(1)"',
		]);
		expect(body('<Callout type="loud">Let op</Callout>')[0]).toMatch(
			/^Tekst: deze bouwsteen of dit attribuut kan hier niet/,
		);
		expect(body('Om [TIJDSTIP] weten we meer.')).toEqual([
			'Tekst: er staat nog een plaatshouder; vervang hem door de echte tekst: "[TIJDSTIP]"',
		]);
		expect(problemsOf({ ...GOOD, Titel: 'Lang '.repeat(60) })).toEqual([
			'Titel: deze titel is te lang voor een gsm-scherm; houd hem onder 90 tekens',
		]);
	});

	it('says which required fields are missing when the headings were deleted by hand', () => {
		expect(problemsOf({ Titel: 'Alleen een titel' })).toEqual([
			'Incident: dit is leeg; vul het in',
			'Fase van het incident: dit is leeg; vul het in',
			'Samenvatting: dit is leeg; vul het in',
			'Tekst: dit is leeg; vul het in',
		]);
	});
});

describe('a translation from the issue form', () => {
	const hash = sourceTextHash({
		title: 'Servers uitgeschakeld',
		summary: 'Spoed werkt beperkt.',
		body: 'Tekst van de update.\n',
	});
	const TRANSLATION = {
		Update: 'u1',
		Taal: 'Engels (en)',
		Titel: 'Servers shut down',
		Samenvatting: 'Emergency department reduced.',
		'Uitleg, vertaald': 'mug: Call 112.',
		Tekst: 'Text of the update.',
	};

	it('becomes a translation of the current source text', () => {
		const { result, problems } = filesFromIssue('translation', issue(TRANSLATION), RAW, NOW);
		expect(problems).toEqual([]);
		expect(result?.files[0]?.path).toBe('updates/u1/en.mdx');
		expect(result?.files[0]?.text).toContain(`source_hash: "${hash}"`);
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': result!.files[0]!.text });
		expect(validateContent(raw).content!.updates[0]!.translations['en']).toMatchObject({
			notes: { mug: 'Call 112.' },
			outdated: false,
		});
	});

	it('names the field of an unknown update, a wrong notes line or a note for a service without one', () => {
		expect(problemsOf({ ...TRANSLATION, Update: 'u9' }, 'translation')).toEqual(['Update: er is geen update "u9"']);
		expect(problemsOf({ ...TRANSLATION, 'Uitleg, vertaald': 'Call 112.' }, 'translation')).toEqual([
			'Uitleg, vertaald: deze regel is niet "dienst-id: vertaling": Call 112.',
		]);
		expect(problemsOf({ ...TRANSLATION, 'Uitleg, vertaald': 'visiting: Open.' }, 'translation')).toEqual([
			'Uitleg, vertaald: deze dienst heeft geen uitleg in de oorspronkelijke tekst: "visiting"',
		]);
	});
});

describe('an update from the issue form of a site in German', () => {
	// The German fixture (German and French) after its third update (published 09:00, next update promised 17:00).
	const GERMAN = path.resolve(import.meta.dirname, '../fixtures/german');
	const noon = new Date('2026-05-05T12:00:00+02:00');
	const answers = {
		Vorfall: 'Ausfall der Informatik (2026-05-informatik)',
		'Phase des Vorfalls': 'Wiederherstellung',
		Titel: 'Radiologie wieder geöffnet',
		Zusammenfassung: 'Die Radiologie arbeitet wieder normal.',
		'Standort See · Radiologie': 'Normal geöffnet',
		'Nächste Meldung': 'keine',
		Text: '## Was ist passiert?\n\nDie Radiologie arbeitet wieder.',
	};

	it('reads the German choices, and “keine” for no next update', async () => {
		const raw = await readContentFolder(GERMAN);
		const { result, problems } = filesFromIssue('update', issue(answers), raw, noon);
		expect(problems).toEqual([]);
		expect(result?.files[0]?.path).toBe('updates/2026-05-05-1200-radiologie-wieder-geoffnet/de.mdx');
		const update = result!.content.updates.find((candidate) => candidate.id === result!.updateId)!;
		expect(update).toMatchObject({ phase: 'recovering', services: { radiologie: { state: 'open' } } });
		expect(update.nextUpdate).toBeUndefined();
	});

	it('says what is wrong in German', async () => {
		const raw = await readContentFolder(GERMAN);
		const wrong = {
			...answers,
			'Standort See · Radiologie': 'Offen',
			'Nächste Meldung': 'morgen',
		};
		const { problems } = filesFromIssue('update', issue(wrong), raw, noon);
		const body = filesFromIssue('update', issue({ ...answers, Text: '<b>Achtung</b>' }), raw, noon).problems;
		expect(body).toEqual([
			{
				field: 'Text',
				message: 'HTML ist in einer Meldung nicht erlaubt; verwenden Sie Markdown oder einen der Bausteine',
			},
		]);
		expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toMatchInlineSnapshot(`
			[
			  "Standort See · Radiologie: wählen Sie einen Eintrag aus der Liste (Keine Änderung, Normal geöffnet, Geöffnet, mit Wartezeiten, Eingeschränkte Kapazität, Nur dringende Fälle, Keine Aufnahme per Krankenwagen, Verschoben, wir melden uns bei Ihnen, Vorübergehend nicht verfügbar, Geschlossen)",
			  "Nächste Meldung: das ist kein Datum mit Uhrzeit; schreiben Sie es als 2026-01-13 16:00",
			]
		`);
	});
});
