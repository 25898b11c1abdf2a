import type { AnnounceSettings } from '../../schemas/announce.ts';
import { duplicateIdProblems, type FieldPlace } from './content-rules.ts';
import type { Problem } from './problems.ts';

/** The languages a channel announces in: those it lists, else the source language. */
export function channelLanguages(channel: { languages?: string[] | undefined }, sourceLanguage: string): string[] {
	return channel.languages ?? [sourceLanguage];
}

/**
 * `announce:` rules beyond its schema: channel names are unique (runs and the ledger know a
 * channel by its name), every language is one of the site's, and a channel that sends to one
 * address per language has one for each language it announces in.
 */
export function announceProblems(
	announce: AnnounceSettings,
	site: { languages: string[]; sourceLanguage: string },
	{ file, source, path }: FieldPlace,
): Problem[] {
	const at = (...rest: PropertyKey[]) => ({
		file,
		...source.locate([...path, ...rest]),
		field: [...path, ...rest].join('.'),
	});
	const problems = duplicateIdProblems(
		announce.channels.map((channel) => channel.name),
		(index) => at('channels', index, 'name'),
		'channel',
	);
	announce.channels.forEach((channel, index) => {
		const languages = channelLanguages(channel, site.sourceLanguage);
		channel.languages?.forEach((lang, position) => {
			if (!site.languages.includes(lang))
				problems.push({
					severity: 'error',
					...at('channels', index, 'languages', position),
					message: 'this language is not listed in site.yaml',
					found: lang,
					allowed: site.languages,
				});
		});
		const perLanguage =
			channel.type === 'email'
				? { field: 'to', map: channel.to }
				: channel.type === 'ntfy'
					? { field: 'topics', map: channel.topics }
					: undefined;
		if (!perLanguage) return;
		for (const lang of languages.filter((lang) => perLanguage.map[lang] === undefined))
			problems.push({
				severity: 'error',
				...at('channels', index, perLanguage.field),
				message: `channel "${channel.name}" announces in ${lang} but has no ${perLanguage.field === 'to' ? 'address' : 'topic'} for it`,
				found: Object.keys(perLanguage.map).join(', '),
				allowed: languages,
			});
	});
	return problems;
}
