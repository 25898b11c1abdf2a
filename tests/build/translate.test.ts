import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/lib/content/read-content-folder.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { copyContent, PROJECT, SMALL_FIXTURE } from './helpers/build-site.ts';
import { commandEnv } from './helpers/build-site.ts';

const PARTLY_BACK = '2026-03-02-1500-lab-partly-back';

function translate(content: string, ...args: string[]) {
	return spawnSync(process.execPath, ['scripts/translate.ts', ...args], {
		cwd: PROJECT,
		env: commandEnv({ LANTERN_CONTENT: content }),
		encoding: 'utf8',
	});
}

async function translationOf(content: string, lang: string) {
	const { content: model, problems } = validateContent(await readContentFolder(content));
	expect(model, problems.map((problem) => problem.message).join('\n')).toBeDefined();
	return model!.updates.find((update) => update.id === PARTLY_BACK)!.translations[lang];
}

describe('npm run translate', () => {
	it('starts a translation with the source text and notes to translate, which the check refuses until it is translated', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'translate');
		const result = translate(content, PARTLY_BACK, 'fr');
		expect(result.status, result.stderr).toBe(0);
		const file = path.join(content, 'updates', PARTLY_BACK, 'fr.mdx');
		const written = await readFile(file, 'utf8');
		expect(written).toMatch(
			/^---\ntitle: "Labo Oost werkt weer gedeeltelijk"\nsummary: .*\nnotes:\n  pharmacy: "De apotheek verhuist naar het onthaal."\nsource_hash: "[0-9a-f]{12}"\n---\n/,
		);
		const { problems } = validateContent(await readContentFolder(content));
		expect(problems.filter((problem) => problem.file.endsWith('fr.mdx')).map((problem) => problem.message)).toEqual([
			expect.stringMatching(/^not translated yet: /),
		]);
		await writeFile(
			file,
			written
				.replace('Labo Oost werkt weer gedeeltelijk', 'Le labo Est fonctionne à nouveau en partie')
				.replace('De apotheek verhuist naar het onthaal.', 'La pharmacie déménage à l’accueil.'),
		);
		expect(await translationOf(content, 'fr')).toMatchObject({
			outdated: false,
			notes: { pharmacy: 'La pharmacie déménage à l’accueil.' },
		});
		expect(translate(content, PARTLY_BACK, 'fr').status).toBe(1);
	});

	it('marks an out-of-date translation current with --stamp', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'stamp');
		expect(await translationOf(content, 'en')).toMatchObject({ outdated: true });
		expect(translate(content, '--stamp', PARTLY_BACK, 'en').status).toBe(0);
		expect(await translationOf(content, 'en')).toMatchObject({ outdated: false });
	});

	it('refuses the source language and unknown updates', async () => {
		expect(translate(SMALL_FIXTURE, PARTLY_BACK, 'nl').stderr).toContain('not a translation language');
		expect(translate(SMALL_FIXTURE, 'no-such-update', 'fr').stderr).toContain('There is no update no-such-update');
	});
});
