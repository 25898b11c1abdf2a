import { describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/lib/generate-content.ts';
import type { RawContent, RawFile } from '../../src/lib/content/raw-content.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';

function asRawContent(files: Map<string, string>): RawContent {
	const raw: RawContent = { incidents: new Map(), updates: new Map() };
	for (const [name, text] of files) {
		const file: RawFile = { file: name, text };
		const parts = name.split('/');
		if (name === 'site.yaml') raw.site = file;
		else if (name === 'services.yaml') raw.services = file;
		else if (parts[0] === 'incidents') raw.incidents.set(parts[1]!.replace('.yaml', ''), file);
		else {
			const [, id, langFile] = parts as [string, string, string];
			if (!raw.updates.has(id)) raw.updates.set(id, new Map());
			raw.updates.get(id)!.set(langFile.replace('.mdx', ''), file);
		}
	}
	return raw;
}

describe('generateContent', () => {
	const files = generateContent({ updates: 450, services: 25, languages: ['nl', 'en', 'fr'] });
	const { content, problems } = validateContent(asRawContent(files));

	it('writes content that passes every check, with some translations missing or out of date', () => {
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(content?.updates).toHaveLength(450);
		expect(content?.services).toHaveLength(25);
		const translated = content!.updates.filter((update) => update.translations['fr']).length;
		expect(translated).toBeGreaterThan(100);
		expect(translated).toBeLessThan(450);
		expect(content!.updates.some((update) => update.translations['en']?.outdated)).toBe(true);
	});

	it('tells several incidents that each end resolved with every service open', () => {
		const status = computeStatus(content!, content!.updates, new Date('2026-11-26T00:00:00Z'));
		expect(status.incidents.length).toBeGreaterThanOrEqual(3);
		expect(status.incidents.every((incident) => incident.phase === 'resolved')).toBe(true);
		expect(status.current.overall).toBe('open');
		expect(status.updates.reduce((sum, entry) => sum + entry.changes.length, 0)).toBeGreaterThan(450);
	});

	it('writes a site in German and French in those languages', () => {
		const german = validateContent(
			asRawContent(generateContent({ updates: 20, services: 5, languages: ['de', 'fr'] })),
		);
		expect(german.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(german.content!.site.organisation).toEqual({ de: 'Synthetisches Krankenhaus', fr: 'Hôpital Synthétique' });
		expect(german.content!.services[0]!.name).toEqual({ de: 'Notaufnahme', fr: 'Urgences' });
		expect(german.content!.updates[0]!.source.body).toContain('## Was ist passiert?');
	});

	it('is the same for the same seed', () => {
		expect(generateContent({ updates: 20, services: 5, languages: ['nl', 'en'], seed: 7 })).toEqual(
			generateContent({ updates: 20, services: 5, languages: ['nl', 'en'], seed: 7 }),
		);
	});
});
