import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../src/lib/authoring/placeholders.ts';
import { readTemplate } from '../../src/lib/authoring/templates.ts';
import { sourceUpdateFile, stampTranslation, translationFile } from '../../src/lib/authoring/update-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, rawContent } from './helpers/raw-content.ts';

// Texts YAML would misread if they were written bare: a colon, quotes, a comment sign, a word it takes for false.
const TRICKY = 'Spoed: open # "echt", no';

const source = sourceUpdateFile(
	{
		incident: 'cyber',
		published: new Date('2026-01-13T07:00:00Z'),
		phase: 'ongoing',
		title: TRICKY,
		summary: 'Bel 112.',
		services: { mug: { state: 'unavailable', note: TRICKY }, 'emergency-noord': { state: 'reduced' } },
		nextUpdate: new Date('2026-01-13T11:00:00Z'),
		body: '\n\nTekst.\n',
	},
	'Europe/Brussels',
);
const sourceHash = sourceTextHash({ title: TRICKY, summary: 'Bel 112.', body: 'Tekst.\n' });

describe('the update file writer', () => {
	it('writes a source file that the content check reads back as written', () => {
		expect(source).toContain('published: 2026-01-13T08:00:00+01:00');
		const { content, problems } = validateContent(rawContent({ 'u1/nl': source }));
		expect(problems).toEqual([]);
		expect(content!.updates[0]).toMatchObject({
			published: new Date('2026-01-13T07:00:00Z'),
			nextUpdate: new Date('2026-01-13T11:00:00Z'),
			source: { title: TRICKY, summary: 'Bel 112.', body: 'Tekst.\n' },
			services: { mug: { state: 'unavailable', note: TRICKY }, 'emergency-noord': { state: 'reduced' } },
		});
	});

	it('writes a change announced ahead of time with its from and until, in the site’s zone with the offset of that day', () => {
		const planned = sourceUpdateFile(
			{
				incident: 'cyber',
				published: new Date('2026-03-27T09:00:00Z'),
				phase: 'recovering',
				title: 'Herstel',
				services: {
					visiting: { state: 'open', from: new Date('2026-03-30T06:00:00Z') },
					mug: {
						state: 'delays',
						from: new Date('2026-03-28T22:00:00Z'),
						until: new Date('2026-03-29T05:00:00Z'),
						note: 'Even geduld.',
					},
				},
				body: 'Tekst.\n',
			},
			'Europe/Brussels',
		);
		// Brussels is at +01:00 before 29 March 2026 and at +02:00 after.
		expect(planned).toContain(
			'  visiting:\n    state: open\n    from: 2026-03-30T08:00:00+02:00\n  mug:\n    state: delays\n    from: 2026-03-28T23:00:00+01:00\n    until: 2026-03-29T07:00:00+02:00\n    note: "Even geduld."',
		);
		const { content } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE, 'u2/nl': planned }));
		expect(content!.updates[1]!.services['mug']).toEqual({
			state: 'delays',
			from: new Date('2026-03-28T22:00:00Z'),
			until: new Date('2026-03-29T05:00:00Z'),
			note: 'Even geduld.',
		});
	});

	it('writes a translation, notes included, that is current for the source it was made from', () => {
		const translation = translationFile({ title: 'EN: title', notes: { mug: TRICKY }, sourceHash, body: 'Text.\n' });
		const { content, problems } = validateContent(rawContent({ 'u1/nl': source, 'u1/en': translation }));
		expect(problems).toEqual([]);
		expect(content!.updates[0]!.translations['en']).toMatchObject({
			title: 'EN: title',
			notes: { mug: TRICKY },
			body: 'Text.\n',
			outdated: false,
		});
	});

	it('stamps a translation with a new fingerprint and changes nothing else', () => {
		const translation = translationFile({ title: 'Title', sourceHash: '000000000000', body: 'Text.\n' });
		expect(stampTranslation(translation, sourceHash)).toBe(translation.replace('000000000000', sourceHash));
	});
});

describe('placeholders', () => {
	it('finds each placeholder once, and not link texts, references or words in lower case', () => {
		const text =
			'[TIJDSTIP] en [TIJDSTIP], [DIENSTEN]. Zie [DEZE PAGINA](https://x.example), [REF][1], [Tekst].\n\n[NOTE]: https://x.example';
		expect(placeholdersIn(text, undefined, 'Om [HEURE]')).toEqual(['[TIJDSTIP]', '[DIENSTEN]', '[HEURE]']);
	});
});

describe('readTemplate', () => {
	it('names the file, line and field of a template that does not fit its schema', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'lantern-template-'));
		await mkdir(path.join(folder, 'templates', 'first-hour'), { recursive: true });
		await writeFile(
			path.join(folder, 'templates', 'first-hour', 'nl.mdx'),
			'---\ntitle: Titel\nphase: busy\n---\nTekst\n',
		);
		await writeFile(
			path.join(folder, 'templates', 'first-hour', 'en.mdx'),
			'---\ntitle: Title\nphase: ongoing\n---\nText\n',
		);
		const { template, problems } = await readTemplate(folder, 'first-hour', ['nl', 'en'], (file) =>
			path.relative(folder, file),
		);
		expect(template).toBeUndefined();
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "templates/first-hour/nl.mdx:3:8  phase  this value is not allowed: found "busy" (allowed: ongoing, recovering, resolved)",
			  "templates/first-hour/en.mdx:3:1  phase  this field is not known here (allowed: title, summary)",
			]
		`);
	});
});
