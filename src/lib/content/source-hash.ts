import { createHash } from 'node:crypto';

/**
 * The fingerprint of an update's source text (title, summary, body). A translation stores
 * the fingerprint it was made from; when the source text changes, the two differ and the
 * translation is shown as out of date. Changes to states or times do not change it, since
 * they do not need a new translation.
 */
export function sourceTextHash(text: { title: string; summary?: string | undefined; body: string }): string {
	const normalised = [text.title.trim(), (text.summary ?? '').trim(), text.body.replace(/\r\n?/g, '\n').trim()].join(
		'\n\u0000\n',
	);
	return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/**
 * A text that says word for word what the source text says, as `npm run translate` starts a
 * translation: not translated yet, and never to be published as another language.
 */
export function isSourceText(
	text: Parameters<typeof sourceTextHash>[0],
	source: Parameters<typeof sourceTextHash>[0],
): boolean {
	return sourceTextHash(text) === sourceTextHash(source);
}
