import { z } from 'astro/zod';

/** A lower-case id made of letters, digits and dashes, as used in URLs. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and dashes');

/** A language code such as `nl`, `en` or `fr` (optionally with a region, `nl-BE`). */
export const languageCodeSchema = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a language code such as nl, en or fr');

/**
 * An instant written with its offset from UTC, such as `2026-01-13T09:15:00+01:00`.
 * The offset is required: without it a reader cannot know whether 09:15 means Brussels or UTC.
 */
export const instantSchema = z
	.string()
	.regex(
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
		'a date and time with an offset, such as 2026-01-13T09:15:00+01:00',
	)
	.refine((text) => !Number.isNaN(Date.parse(text)), 'a date and time that exists')
	.transform((text) => new Date(text));

/** A text given per language: `{ nl: ..., en: ..., fr: ... }`. Which languages are required is a cross-entry rule. */
export const localTextSchema = z.record(languageCodeSchema, z.string().trim().min(1));

export type LocalText = z.infer<typeof localTextSchema>;
