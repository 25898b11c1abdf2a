import { expect, it } from 'vitest';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { disruptedOn, noteOf, statusOn } from '../../src/lib/status/board-reading.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { FIRST_UPDATE, mdx, rawContent } from './helpers/raw-content.ts';

// The first update makes the emergency department (no note) and the MUG ("Bel 112.") worse;
// its English text translates the MUG note, its French text does not exist.
const SOURCE_HASH = sourceTextHash({
	title: 'Servers uitgeschakeld',
	summary: 'Spoed werkt beperkt.',
	body: 'Tekst van de update.\n',
});
const ENGLISH = mdx(
	`title: Servers shut down\nsummary: Emergency reduced.\nsource_hash: "${SOURCE_HASH}"\nnotes:\n  mug: Call 112.`,
	'Text.\n',
);
const { content, problems } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE, 'u1/en': ENGLISH }));
if (!content) throw new Error(problems.map((problem) => problem.message).join('\n'));
const status = computeStatus(content, content.updates, new Date('2026-03-01T00:00:00Z'));

it('lists the services not open as normal, in the order of services.yaml', () => {
	expect(disruptedOn(status.current, content.services).map(({ service }) => service.id)).toEqual([
		'emergency-noord',
		'mug',
	]);
	expect(statusOn(status.current, 'visiting').state).toBe('open');
	expect(
		disruptedOn(status.updates[0]!.board, content.services).map(({ serviceStatus }) => serviceStatus.state),
	).toEqual(['reduced', 'unavailable']);
});

it('gives the note of a state in the reader’s language, else the source note with its language', () => {
	const mug = statusOn(status.current, 'mug');
	expect(noteOf(status, mug, 'en')).toEqual({ text: 'Call 112.', lang: 'en' });
	expect(noteOf(status, mug, 'fr')).toEqual({ text: 'Bel 112.', lang: 'nl' });
	expect(noteOf(status, statusOn(status.current, 'emergency-noord'), 'en')).toBeUndefined();
	expect(noteOf(status, statusOn(status.current, 'visiting'), 'nl')).toBeUndefined();
});
