import { parseIssue, parseTemplate } from '@github/issue-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_FILES, formFile, issueForms, serviceLabel, type FormName } from '../../src/lib/authoring/issue-forms.ts';
import { chooseContentFolder } from '../../src/lib/content/content-folder.ts';
import { readContentFolder } from '../../src/lib/content/read-content-folder.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, rawContent } from './helpers/raw-content.ts';
import { issueFormSchema } from '../schemas/github-issue-forms.ts';
import { parse } from 'yaml';

const { content } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE }));

describe('the issue forms made from the content', () => {
	const forms = issueForms(content!);

	it('give every field its own label and id, and every list distinct choices, as the git host requires', () => {
		for (const form of Object.values(forms)) {
			const fields = form.body.flatMap((field) => ('id' in field ? [field] : []));
			expect(new Set(fields.map((field) => field.attributes.label)).size).toBe(fields.length);
			expect(new Set(fields.map((field) => field.id)).size).toBe(fields.length);
			for (const field of fields) {
				expect(field.id).toMatch(/^[a-z0-9_-]+$/);
				if (field.type === 'dropdown')
					expect(new Set(field.attributes.options).size).toBe(field.attributes.options.length);
			}
		}
	});

	it('are read by GitHub’s own issue-form parser, fields, kinds and choices as written', () => {
		const update = parseTemplate(formFile(forms.update));
		expect(Object.keys(update)).toEqual([
			'incident',
			'phase',
			'title',
			'summary',
			'state-emergency-noord',
			'note-emergency-noord',
			'from-emergency-noord',
			'state-mug',
			'note-mug',
			'from-mug',
			'state-emergency-zuid',
			'note-emergency-zuid',
			'from-emergency-zuid',
			'state-visiting',
			'note-visiting',
			'from-visiting',
			'next-update',
			'body',
		]);
		expect(update['incident']).toMatchObject({ type: 'dropdown', required: true, options: ['Cyberaanval (cyber)'] });
		expect(update['state-mug']).toMatchObject({ label: 'Campus Noord · MUG', required: false });
		expect(update['from-mug']).toMatchObject({
			type: 'input',
			label: 'Vanaf wanneer, voor Campus Noord · MUG (mag leeg: dan meteen)',
			required: false,
		});
		expect(update['state-mug']!.options).toEqual([
			'Geen wijziging',
			'Open',
			'Open, met wachttijden',
			'Beperkte capaciteit',
			'Enkel dringende zorg',
			'Geen aanvoer per ziekenwagen',
			'Uitgesteld, u wordt gecontacteerd',
			'Tijdelijk niet beschikbaar',
			'Gesloten',
		]);
		expect(Object.keys(parseTemplate(formFile(forms.translation)))).toEqual([
			'update',
			'language',
			'title',
			'summary',
			'notes',
			'body',
		]);
		expect(parseTemplate(formFile(forms.translation))['language']!.options).toEqual(['Engels (en)', 'Frans (fr)']);
	});

	it('come back from an issue body as the git host renders it', () => {
		const mug = content!.services.find((service) => service.id === 'mug')!;
		const body = [
			'### Incident\n\nCyberaanval (cyber)',
			'### Fase van het incident\n\nLopend',
			'### Titel\n\nMUG weer beschikbaar',
			'### Samenvatting\n\n_No response_',
			`### ${serviceLabel(mug, content!)}\n\nOpen, met wachttijden`,
			'### Tekst\n\n## Wat is er gebeurd?\n\nDe MUG rijdt weer.',
		].join('\n\n');
		const parsed = parseIssue(body, formFile(forms.update));
		expect(parsed).toMatchObject({
			incident: ['Cyberaanval (cyber)'],
			phase: ['Lopend'],
			title: 'MUG weer beschikbaar',
		});
		expect(parsed['summary']).toBeUndefined();
		// The parser splits a choice at its commas; the state is the whole choice again.
		expect((parsed['state-mug'] as string[]).join(', ')).toBe('Open, met wachttijden');
		expect(parsed['body']).toBe('## Wat is er gebeurd?\n\nDe MUG rijdt weer.');
	});
});

describe('the checked-in issue forms', () => {
	const project = path.resolve(import.meta.dirname, '../..');
	const validate = new Ajv2020({ allErrors: true, strict: true }).compile(issueFormSchema);

	// The forms belong to the repository's content: the demo in Lantern's own repository, a site's own after npm run init.
	it('are as npm run forms writes them from the repository’s content', async () => {
		const { folder } = chooseContentFolder(process.env, project);
		const content = validateContent(await readContentFolder(folder)).content!;
		const forms = issueForms(content);
		for (const [name, file] of Object.entries(FORM_FILES) as [FormName, string][]) {
			const checkedIn = await readFile(path.join(project, file), 'utf8');
			expect(checkedIn, `${file} is out of date: run npm run forms`).toBe(formFile(forms[name]));
		}
	});

	it('follow the issue-form schema of the git host', async () => {
		for (const file of Object.values(FORM_FILES)) {
			const form: unknown = parse(await readFile(path.join(project, file), 'utf8'));
			expect(validate(form), `${file}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true);
		}
	});

	it('would be refused with a list choice called None, an id with a space or a Markdown block with an id', () => {
		const form = { name: 'Update', description: 'An update', body: [] as unknown[] };
		const dropdown = { type: 'dropdown', id: 'phase', attributes: { label: 'Phase', options: ['Open'] } };
		expect(validate({ ...form, body: [dropdown] })).toBe(true);
		const refused = [
			{ ...dropdown, attributes: { ...dropdown.attributes, options: ['None'] } },
			{ ...dropdown, id: 'the phase' },
			{ type: 'markdown', id: 'intro', attributes: { value: 'Hello' } },
			{ type: 'input', id: 'title', attributes: { description: 'No label' } },
		];
		for (const element of refused)
			expect(validate({ ...form, body: [dropdown, element] }), JSON.stringify(element)).toBe(false);
	});
});
