import { parseIssue, parseTemplate } from '@github/issue-parser';
import { describe, expect, it } from 'vitest';
import { formFile, issueForms, serviceLabel } from '../../src/lib/authoring/issue-forms.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, rawContent } from './helpers/raw-content.ts';

const { content } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE }));

describe('the issue forms made from the content', () => {
	const forms = issueForms(content!);

	it('give every field its own label, since an issue names its fields by their labels', () => {
		for (const form of Object.values(forms)) {
			const labels = form.body.flatMap((field) => ('id' in field ? [field.attributes.label] : []));
			expect(new Set(labels).size).toBe(labels.length);
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
			'state-mug',
			'note-mug',
			'state-emergency-zuid',
			'note-emergency-zuid',
			'state-visiting',
			'note-visiting',
			'next-update',
			'body',
		]);
		expect(update['incident']).toMatchObject({ type: 'dropdown', required: true, options: ['Cyberaanval (cyber)'] });
		expect(update['state-mug']).toMatchObject({ label: 'Campus Noord · MUG', required: false });
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
