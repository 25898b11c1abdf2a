import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromIssue } from '../../src/lib/authoring/from-issue.ts';
import { translationForm, updateForm } from '../../src/lib/authoring/issue-forms.ts';
import { problemsComment } from '../../src/lib/authoring/review-text.ts';
import { readContentFolder } from '../../src/lib/content/read-content-folder.ts';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { renderIssue } from './helpers/issue-body.ts';
import { FIRST_UPDATE, rawContent } from './helpers/raw-content.ts';

// The helper's content after its first update (published 08:00, next update promised 12:00).
const RAW = rawContent({ 'u1/nl': FIRST_UPDATE });
const NOW = new Date('2026-01-13T10:00:00+01:00');
const CONTENT = validateContent(RAW).content!;
const UPDATE_FORM = updateForm(CONTENT);
const TRANSLATION_FORM = translationForm(CONTENT);

const MUG = 'Campus Noord · MUG';
const MUG_NOTE = 'Uitleg bij Campus Noord · MUG (mag leeg)';
const MUG_FROM = 'Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen)';

const GOOD = {
	Incident: 'Cyberaanval (cyber)',
	'Fase van het incident': 'Lopend',
	Titel: 'MUG rijdt weer',
	Samenvatting: 'De MUG van Campus Noord rijdt weer uit.',
	'Campus Noord · Spoed Noord': 'Geen wijziging',
	[MUG]: 'Open',
	'Campus Zuid · Spoed Zuid': 'Open, met wachttijden',
	'Uitleg bij Campus Zuid · Spoed Zuid (mag leeg)': 'Reken op een uur.',
	'Volgende update': '2026-01-13 16:00',
	Tekst: '## Wat is er gebeurd?\n\nDe MUG rijdt weer.',
};
const updateIssue = (answers: Record<string, string>) => renderIssue(UPDATE_FORM, answers);

/** The problems of an issue body, one line each, as the comment lists them by field. */
const problemsOfBody = (body: string, form: 'update' | 'translation' = 'update') =>
	filesFromIssue(form, body, RAW, NOW).problems.map((problem) => `${problem.field}: ${problem.message}`);
const problemsOf = (answers: Record<string, string>) => problemsOfBody(updateIssue(answers));

describe('an update from the issue form', () => {
	it('becomes the source file of a new update, which the content check accepts', () => {
		const { result, problems } = filesFromIssue('update', updateIssue(GOOD), RAW, NOW);
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

	it('reads Windows line endings and a byte-order mark, and a note alone as news about the state a service is in', () => {
		const body = `\uFEFF${updateIssue({ ...GOOD, [MUG]: 'Geen wijziging', [MUG_NOTE]: 'Nog altijd 112 bellen.' })}`;
		const { result } = filesFromIssue('update', body.replace(/\n/g, '\r\n'), RAW, NOW);
		expect(result?.files[0]?.text).toContain('  mug:\n    state: unavailable\n    note: "Nog altijd 112 bellen."');
	});

	it('keeps markup, YAML-looking text, emoji and right-to-left text as the text written', () => {
		const texts = {
			Titel: '<img src=x onerror=alert(1)> <b>vet</b> 🚑',
			Samenvatting: 'ja: nee # geen commentaar\n- geen lijst < 2 uur ]]> ]]>',
			[MUG_NOTE]: 'مرحبا — null',
		};
		const { result, problems } = filesFromIssue('update', updateIssue({ ...GOOD, ...texts }), RAW, NOW);
		expect(problems).toEqual([]);
		const update = result!.content.updates.at(-1)!;
		expect([update.source.title, update.source.summary, update.services['mug']?.note]).toEqual(Object.values(texts));
	});

	it('reads a service’s “from when” as a change announced ahead of time, and names a time that has passed', () => {
		const answers = { ...GOOD, [MUG_FROM]: '2026-01-14 08:00' };
		const { result } = filesFromIssue('update', updateIssue(answers), RAW, NOW);
		expect(result?.files[0]?.text).toContain('  mug:\n    state: open\n    from: 2026-01-14T08:00:00+01:00');
		expect(result?.content.updates.at(-1)?.services['mug']).toEqual({
			state: 'open',
			from: new Date('2026-01-14T07:00:00Z'),
		});
		expect(problemsOf({ ...answers, [MUG_FROM]: '2026-01-13 09:00' })).toMatchInlineSnapshot(`
			[
			  "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): dit tijdstip is voorbij; laat het leeg voor een wijziging die meteen geldt",
			]
		`);
	});

	it('refuses a day or an hour that does not exist, naming the field, and never crashes or moves it', () => {
		const times = (answer: string) => [
			...problemsOf({ ...GOOD, 'Volgende update': answer }),
			...problemsOf({ ...GOOD, [MUG_FROM]: answer }),
		];
		const answers = ['25:00', '2026-12-08 25:00', '2027-13-01 10:00', '2027-02-30 10:00', '2026-02-30', 'morgen'];
		expect(Object.fromEntries(answers.map((answer) => [answer, times(answer)]))).toMatchInlineSnapshot(`
			{
			  "2026-02-30": [
			    "Volgende update: 2026-02-30 bestaat niet: die maand eindigt op 2026-02-28",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): 2026-02-30 bestaat niet: die maand eindigt op 2026-02-28",
			  ],
			  "2026-12-08 25:00": [
			    "Volgende update: 25:00 is geen uur: de uren gaan van 00 tot 23, de minuten van 00 tot 59",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): 25:00 is geen uur: de uren gaan van 00 tot 23, de minuten van 00 tot 59",
			  ],
			  "2027-02-30 10:00": [
			    "Volgende update: 2027-02-30 bestaat niet: die maand eindigt op 2027-02-28",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): 2027-02-30 bestaat niet: die maand eindigt op 2027-02-28",
			  ],
			  "2027-13-01 10:00": [
			    "Volgende update: 2027-13-01 bestaat niet: de maanden gaan van 01 tot 12",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): 2027-13-01 bestaat niet: de maanden gaan van 01 tot 12",
			  ],
			  "25:00": [
			    "Volgende update: 25:00 is geen uur: de uren gaan van 00 tot 23, de minuten van 00 tot 59",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): 25:00 is geen uur: de uren gaan van 00 tot 23, de minuten van 00 tot 59",
			  ],
			  "morgen": [
			    "Volgende update: dit is geen datum en uur; schrijf het als 2026-01-13 16:00",
			    "Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen): dit is geen datum en uur; schrijf het als 2026-01-13 16:00",
			  ],
			}
		`);
	});

	it('refuses the hour skipped when the clocks go forward, and takes the first of the hour that happens twice, telling the reviewer', () => {
		expect(problemsOf({ ...GOOD, 'Volgende update': '2026-03-29 02:30' })).toMatchInlineSnapshot(`
			[
			  "Volgende update: 2026-03-29 02:30 bestaat niet in Europe/Brussels: die nacht springt de klok van 02:00 naar 03:00; kies een uur ervoor of erna",
			]
		`);
		const twice = filesFromIssue('update', updateIssue({ ...GOOD, 'Volgende update': '2026-10-25 02:30' }), RAW, NOW);
		expect(twice.result?.files[0]?.text).toContain('next_update: 2026-10-25T02:30:00+02:00');
		expect(twice.result?.notices).toMatchInlineSnapshot(`
			[
			  "Volgende update: 2026-10-25 02:30 komt twee keer voor in Europe/Brussels (die nacht gaat de klok terug); de eerste keer wordt genomen, 2026-10-25 02:30 +02:00. Voor de tweede keer schrijft u 2026-10-25 02:30 +01:00.",
			]
		`);
		const second = filesFromIssue(
			'update',
			updateIssue({ ...GOOD, 'Volgende update': '2026-10-25 02:30 +01:00' }),
			RAW,
			NOW,
		);
		expect(second.result?.files[0]?.text).toContain('next_update: 2026-10-25T02:30:00+01:00');
		expect(second.result?.notices).toEqual([]);
		expect(problemsOf({ ...GOOD, 'Volgende update': '2026-10-25 02:30 +05:00' })).toMatchInlineSnapshot(`
			[
			  "Volgende update: Europe/Brussels heeft om 2026-10-25 02:30 niet dat verschil met UTC, maar +02:00 of +01:00",
			]
		`);
	});

	it('names the form field of every problem, listing a list’s choices as the author saw them', () => {
		expect(problemsOf({ ...GOOD, Titel: '_No response_', Incident: 'Brand (fire)', Tekst: '' })).toMatchInlineSnapshot(`
			[
			  "Incident: kies er een uit de lijst: “Cyberaanval (cyber)”",
			  "Titel: dit is leeg; vul het in",
			  "Tekst: dit is leeg; vul het in",
			]
		`);
		expect(problemsOf({ ...GOOD, 'Volgende update': '2026-01-13 09:00' })).toMatchInlineSnapshot(`
			[
			  "Volgende update: dit tijdstip is voorbij; de volgende update moet later komen",
			]
		`);
		expect(problemsOf({ ...GOOD, [MUG]: 'Dicht' })).toMatchInlineSnapshot(`
			[
			  "Campus Noord · MUG: kies er een uit de lijst: “Geen wijziging”, “Open”, “Open, met wachttijden”, “Beperkte capaciteit”, “Enkel dringende zorg”, “Geen aanvoer per ziekenwagen”, “Uitgesteld, u wordt gecontacteerd”, “Tijdelijk niet beschikbaar” of “Gesloten”",
			]
		`);
		expect(problemsOf({ ...GOOD, 'Fase van het incident': 'Voorbij' })).toMatchInlineSnapshot(`
			[
			  "Fase van het incident: kies er een uit de lijst: “Lopend”, “Herstel” of “Opgelost”",
			]
		`);
	});

	it('refuses what the content check refuses in the body and the title, told in the form’s language and on its field', () => {
		const body = (text: string) => problemsOf({ ...GOOD, Tekst: text });
		const texts = [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'Tekst\n\n<!-- een opmerking -->',
			'Wacht 5<6 uur.',
			'import x from "y"\n\nTekst',
			'Het is {1 + 1} uur.',
			'[Klik](javascript:alert(1))',
			'<Callout type="loud">Let op</Callout>',
			'Om [TIJDSTIP] weten we meer.',
		];
		expect(texts.map((text) => [text, ...body(text)])).toMatchInlineSnapshot(`
			[
			  [
			    "<script>alert(1)</script>",
			    "Tekst: HTML is niet toegelaten in een update; gebruik Markdown of een van de bouwstenen",
			  ],
			  [
			    "<img src=x onerror=alert(1)>",
			    "Tekst: HTML is niet toegelaten in een update; gebruik Markdown of een van de bouwstenen",
			  ],
			  [
			    "Tekst

			<!-- een opmerking -->",
			    "Tekst: HTML is niet toegelaten in een update; gebruik Markdown of een van de bouwstenen",
			  ],
			  [
			    "Wacht 5<6 uur.",
			    "Tekst: deze tekst kan niet gelezen worden; schrijf een < of { in gewone tekst als &lt; of &#123;",
			  ],
			  [
			    "import x from "y"

			Tekst",
			    "Tekst: import en export zijn niet toegelaten; de bouwstenen werken zonder import: "import x from "y""",
			  ],
			  [
			    "Het is {1 + 1} uur.",
			    "Tekst: uitdrukkingen tussen { } zijn niet toegelaten; schrijf de tekst zelf: "{1 + 1}"",
			  ],
			  [
			    "[Klik](javascript:alert(1))",
			    "Tekst: deze link is niet toegelaten (alleen links met https://, http://, mailto: en tel:): "javascript:alert(1)"",
			  ],
			  [
			    "<Callout type="loud">Let op</Callout>",
			    "Tekst: deze bouwsteen of dit attribuut kan hier niet; zie de toegelaten bouwstenen hierboven: "loud"",
			  ],
			  [
			    "Om [TIJDSTIP] weten we meer.",
			    "Tekst: er staat nog een plaatshouder; vervang hem door de echte tekst: "[TIJDSTIP]"",
			  ],
			]
		`);
		expect(problemsOf({ ...GOOD, Titel: 'Om [TIJDSTIP] weer open' })).toMatchInlineSnapshot(`
			[
			  "Titel: er staat nog een plaatshouder; vervang hem door de echte tekst: "[TIJDSTIP]"",
			]
		`);
	});

	it('refuses a title or a summary too long for a notification, counting what a reader sees as characters', () => {
		expect(problemsOf({ ...GOOD, Titel: 'Lang '.repeat(19) })).toMatchInlineSnapshot(`
			[
			  "Titel: deze titel is te lang voor een gsm-scherm; houd hem bij 90 tekens",
			]
		`);
		expect(problemsOf({ ...GOOD, Titel: '🚑'.repeat(90) })).toEqual([]);
		expect(problemsOf({ ...GOOD, Samenvatting: 'Lang. '.repeat(34) })).toMatchInlineSnapshot(`
			[
			  "Samenvatting: deze samenvatting is te lang voor een melding; houd ze bij 200 tekens",
			]
		`);
	});
});

describe('an edited issue whose headings are not the form’s', () => {
	const good = updateIssue(GOOD);

	it('is refused when a heading was deleted, renamed, repeated or added, naming the heading', () => {
		// A service's heading deleted: its state would have been glued onto the field above.
		expect(problemsOfBody(good.replace(`### ${MUG}\n\n`, ''))).toMatchInlineSnapshot(`
			[
			  "Campus Noord · MUG: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder",
			]
		`);
		expect(problemsOfBody(good.replace(`### ${MUG}\n`, '### Campus Noord - MUG\n'))).toMatchInlineSnapshot(`
			[
			  "Campus Noord - MUG: dit kopje staat niet in het formulier; bedoelt u “Campus Noord · MUG”?",
			  "Campus Noord · MUG: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder",
			]
		`);
		expect(problemsOfBody(`${good}\n\n### ${MUG}\n\nGesloten`)).toMatchInlineSnapshot(`
			[
			  "Campus Noord · MUG: dit kopje staat er 2 keer; houd het één keer",
			]
		`);
		expect(problemsOfBody(good.replace('### Volgende update', '### Opmerking\n\nBel ons.\n\n### Volgende update')))
			.toMatchInlineSnapshot(`
				[
				  "Opmerking: dit kopje staat niet in het formulier",
				]
			`);
		expect(problemsOfBody(`Hallo collega's,\n\n${good}`)).toMatchInlineSnapshot(`
			[
			  "Nieuwe update: er staat tekst boven het eerste kopje, waar ze bij geen enkel veld hoort; zet ze onder haar kopje",
			]
		`);
	});

	it('lists the form’s headings in the comment, each once and in order', () => {
		const reading = filesFromIssue('update', good.replace('### Titel\n', '### Title\n'), RAW, NOW);
		expect(reading.formHeadings).toEqual(
			UPDATE_FORM.body.flatMap((field) => ('id' in field ? [field.attributes.label] : [])),
		);
		expect(problemsComment(reading.problems, reading.words, reading.formHeadings)).toMatchInlineSnapshot(`
			"Deze update kan nog niet verschijnen:

			- **Title**: dit kopje staat niet in het formulier; bedoelt u “Titel”?
			- **Titel**: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder

			De kopjes van het formulier, elk één keer, in deze volgorde:

			- \`### Incident\`
			- \`### Fase van het incident\`
			- \`### Titel\`
			- \`### Samenvatting\`
			- \`### Campus Noord · Spoed Noord\`
			- \`### Uitleg bij Campus Noord · Spoed Noord (mag leeg)\`
			- \`### Vanaf wanneer, voor Campus Noord · Spoed Noord (mag leeg: dan meteen)\`
			- \`### Campus Noord · MUG\`
			- \`### Uitleg bij Campus Noord · MUG (mag leeg)\`
			- \`### Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen)\`
			- \`### Campus Zuid · Spoed Zuid\`
			- \`### Uitleg bij Campus Zuid · Spoed Zuid (mag leeg)\`
			- \`### Vanaf wanneer, voor Campus Zuid · Spoed Zuid (mag leeg: dan meteen)\`
			- \`### Alle campussen · Bezoek\`
			- \`### Uitleg bij Alle campussen · Bezoek (mag leeg)\`
			- \`### Vanaf wanneer, voor Alle campussen · Bezoek (mag leeg: dan meteen)\`
			- \`### Volgende update\`
			- \`### Tekst\`

			Pas het issue aan om het te verbeteren; zodra u bewaart, wordt het opnieuw gecontroleerd.
			"
		`);
	});

	it('keeps the text’s own ### headings as text', () => {
		const tekst = '## Wat is er gebeurd?\n\n### Campus Noord\n\nDe MUG rijdt weer.';
		const { result, problems } = filesFromIssue('update', updateIssue({ ...GOOD, Tekst: tekst }), RAW, NOW);
		expect(problems).toEqual([]);
		expect(result?.content.updates.at(-1)?.source.body).toBe(tekst);
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
	const translationIssue = (answers: Record<string, string>) => renderIssue(TRANSLATION_FORM, answers);
	const translationProblems = (answers: Record<string, string>) =>
		problemsOfBody(translationIssue(answers), 'translation');

	it('becomes a translation of the current source text', () => {
		const { result, problems } = filesFromIssue('translation', translationIssue(TRANSLATION), RAW, NOW);
		expect(problems).toEqual([]);
		expect(result?.files[0]?.path).toBe('updates/u1/en.mdx');
		expect(result?.files[0]?.text).toContain(`source_hash: "${hash}"`);
		const raw = rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': result!.files[0]!.text });
		expect(validateContent(raw).content!.updates[0]!.translations['en']).toMatchObject({
			notes: { mug: 'Call 112.' },
			outdated: false,
		});
	});

	it('names the field of an unknown update or language, a wrong notes line or a note for a service without one', () => {
		expect(translationProblems({ ...TRANSLATION, Update: 'u9' })).toMatchInlineSnapshot(`
			[
			  "Update: er is geen update "u9"",
			]
		`);
		expect(translationProblems({ ...TRANSLATION, Taal: 'Duits (de)' })).toMatchInlineSnapshot(`
			[
			  "Taal: kies er een uit de lijst: “Engels (en)” of “Frans (fr)”",
			]
		`);
		expect(translationProblems({ ...TRANSLATION, 'Uitleg, vertaald': 'Call 112.' })).toMatchInlineSnapshot(`
			[
			  "Uitleg, vertaald: deze regel is niet "dienst-id: vertaling": Call 112.",
			]
		`);
		expect(translationProblems({ ...TRANSLATION, 'Uitleg, vertaald': 'visiting: Open.' })).toMatchInlineSnapshot(`
			[
			  "Uitleg, vertaald: deze dienst heeft geen uitleg in de oorspronkelijke tekst: "visiting"",
			]
		`);
	});

	it('holds a translated title and summary to the same limits as the source', () => {
		expect(translationProblems({ ...TRANSLATION, Titel: 'Long '.repeat(60) })).toMatchInlineSnapshot(`
			[
			  "Titel: deze titel is te lang voor een gsm-scherm; houd hem bij 90 tekens",
			]
		`);
		expect(translationProblems({ ...TRANSLATION, Samenvatting: 'Long. '.repeat(40) })).toMatchInlineSnapshot(`
			[
			  "Samenvatting: deze samenvatting is te lang voor een melding; houd ze bij 200 tekens",
			]
		`);
	});

	it('is refused when the summary heading was deleted or the notes heading renamed, instead of moving the text', () => {
		const good = translationIssue(TRANSLATION);
		// Without its heading, the summary would have become the title's second line.
		expect(problemsOfBody(good.replace('### Samenvatting\n\n', ''), 'translation')).toMatchInlineSnapshot(`
			[
			  "Samenvatting: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder",
			]
		`);
		expect(problemsOfBody(good.replace('### Uitleg, vertaald', '### Uitleg'), 'translation')).toMatchInlineSnapshot(`
			[
			  "Uitleg: dit kopje staat niet in het formulier",
			  "Uitleg, vertaald: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder",
			]
		`);
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

	/** The German site's update form, filled in with `fields`. */
	const issue = async (fields: Record<string, string>) => {
		const raw = await readContentFolder(GERMAN);
		return { raw, body: renderIssue(updateForm(validateContent(raw).content!), fields) };
	};

	it('reads the German choices, and “keine” for no next update', async () => {
		const { raw, body } = await issue(answers);
		const { result, problems } = filesFromIssue('update', body, raw, noon);
		expect(problems).toEqual([]);
		expect(result?.files[0]?.path).toBe('updates/2026-05-05-1200-radiologie-wieder-geoffnet/de.mdx');
		const update = result!.content.updates.find((candidate) => candidate.id === result!.updateId)!;
		expect(update).toMatchObject({ phase: 'recovering', services: { radiologie: { state: 'open' } } });
		expect(update.nextUpdate).toBeUndefined();
	});

	it('says what is wrong in German', async () => {
		const wrong = await issue({ ...answers, 'Standort See · Radiologie': 'Offen', 'Nächste Meldung': 'morgen' });
		const { problems } = filesFromIssue('update', wrong.body, wrong.raw, noon);
		const html = await issue({ ...answers, Text: '<b>Achtung</b>' });
		expect(filesFromIssue('update', html.body, html.raw, noon).problems).toEqual([
			{
				field: 'Text',
				message: 'HTML ist in einer Meldung nicht erlaubt; verwenden Sie Markdown oder einen der Bausteine',
			},
		]);
		expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toMatchInlineSnapshot(`
			[
			  "Standort See · Radiologie: wählen Sie einen Eintrag aus der Liste: „Keine Änderung“, „Normal geöffnet“, „Geöffnet, mit Wartezeiten“, „Eingeschränkte Kapazität“, „Nur dringende Fälle“, „Keine Aufnahme per Krankenwagen“, „Verschoben, wir melden uns bei Ihnen“, „Vorübergehend nicht verfügbar“ oder „Geschlossen“",
			  "Nächste Meldung: das ist kein Datum mit Uhrzeit; schreiben Sie es als 2026-01-13 16:00",
			]
		`);
	});
});
