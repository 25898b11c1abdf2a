import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawContent, RawFile } from './raw-content.ts';

/**
 * Reads a content folder into memory as text. Paths in messages are relative to the
 * working folder, so a writer can click them in an editor or terminal.
 */
export async function readContentFolder(folder: string, cwd = process.cwd()): Promise<RawContent> {
	const show = (file: string) => path.relative(cwd, file) || file;
	const read = async (file: string): Promise<RawFile | undefined> => {
		try {
			return { file: show(file), text: await readFile(file, 'utf8') };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	};

	const incidents = new Map<string, RawFile>();
	for (const name of await listFolder(path.join(folder, 'incidents'))) {
		const match = /^(.+)\.ya?ml$/.exec(name);
		const file = match && (await read(path.join(folder, 'incidents', name)));
		if (match?.[1] && file) incidents.set(match[1], file);
	}

	const updates = new Map<string, Map<string, RawFile>>();
	const updateFolders = await listFolder(path.join(folder, 'updates'), true);
	await Promise.all(
		updateFolders.map(async (id) => {
			const files = new Map<string, RawFile>();
			for (const name of await listFolder(path.join(folder, 'updates', id))) {
				const match = /^(.+)\.mdx$/.exec(name);
				const file = match && (await read(path.join(folder, 'updates', id, name)));
				if (match?.[1] && file) files.set(match[1], file);
			}
			if (files.size) updates.set(id, files);
		}),
	);

	const i18n = new Map<string, RawFile>();
	for (const name of await listFolder(path.join(folder, 'i18n'))) {
		const match = /^(.+)\.ya?ml$/.exec(name);
		const file = match && (await read(path.join(folder, 'i18n', name)));
		if (match?.[1] && file) i18n.set(match[1], file);
	}

	const site = await read(path.join(folder, 'site.yaml'));
	const services = await read(path.join(folder, 'services.yaml'));
	const exists = await stat(folder).then(
		(found) => found.isDirectory(),
		() => false,
	);
	return {
		...(site && { site }),
		...(services && { services }),
		incidents,
		updates,
		i18n,
		folder: { shown: show(folder), exists },
	};
}

async function listFolder(folder: string, foldersOnly = false): Promise<string[]> {
	try {
		const entries = await readdir(folder, { withFileTypes: true });
		return entries
			.filter((entry) => (foldersOnly ? entry.isDirectory() : entry.isFile()) && !entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
