import { contactNumbers, placeholderNames } from '../authoring/contact-placeholders.ts';
import type { LanternContent } from '../content/model.ts';
import { missing, ok, type Finding } from './findings.ts';

/** One file of a template, as read from `templates/<name>/<lang>.mdx`. */
export interface TemplateFile {
	name: string;
	lang: string;
	/** The file as shown in messages. */
	file: string;
	text: string;
}

/**
 * Something that reads as a phone number: digits with the separators people write between them
 * (`112`, `+32 9 123 45 00`, `0800 123 456`). Dates and times (`2026-01-13`, `16:00`) are not.
 */
const NUMBER_LIKE = /\+?\d[\d ./()-]*\d/g;
const DATES_AND_TIMES = /\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?|\b\d{1,2}[:.h]\d{2}\b/g;

/**
 * The holding statements: one per situation, in every language of the site, each naming the
 * numbers to call only by placeholder (`{emergency}`, `{gp_on_call}`, `{customer_line}`: each
 * contact's id), so that a number changed in site.yaml is right in every statement.
 */
export function templateFindings(content: LanternContent, files: readonly TemplateFile[]): Finding[] {
	const names = [...new Set(files.map((file) => file.name))].sort();
	if (!names.length)
		return [
			missing(
				'templates',
				'no holding statements in templates/: prepare the first statement before the day (npm run init writes a starting set)',
			),
		];
	const { languages } = content.site;
	const findings: Finding[] = [];
	for (const name of names) {
		const present = new Set(files.filter((file) => file.name === name).map((file) => file.lang));
		const absent = languages.filter((lang) => !present.has(lang));
		if (absent.length)
			findings.push(
				missing(`template ${name}`, `no text in ${absent.join(', ')}: write templates/${name}/${absent[0]}.mdx`),
			);
	}
	const numbers = siteNumbers(content);
	const placeholders = placeholderNames(contactNumbers(content.site.contacts)).join(', ');
	for (const file of files)
		for (const typed of typedNumbers(file.text, numbers))
			findings.push(
				missing(
					`template ${file.name}`,
					`${file.file}:${typed.line} has the number ${typed.number} typed in: write ${typed.placeholder ?? `the placeholder of the contact it is (${placeholders})`} instead`,
				),
			);
	if (!findings.length)
		findings.push(ok('templates', `${names.join(', ')}, each in ${languages.join(', ')}, numbers only by placeholder`));
	return findings;
}

/** The site's numbers by their digits, with the placeholder that names each (or the place it is). */
function siteNumbers(content: LanternContent): Map<string, string> {
	const { contacts } = content.site;
	const numbers = new Map<string, string>();
	const add = (number: string | undefined, placeholder: string) => {
		if (number) numbers.set(digits(number), placeholder);
	};
	add(contacts.emergency, '{emergency}');
	for (const contact of contacts.others) {
		add(contact.phone, `{${contact.id}}`);
		for (const place of contact.places) add(place.phone, `the name of ${place.name}`);
	}
	return numbers;
}

/**
 * The numbers typed into a text: one of the site's own, or any other that reads as a phone
 * number (six digits or more that are not a date or a time).
 */
export function typedNumbers(
	text: string,
	siteNumbers: ReadonlyMap<string, string>,
): { number: string; line: number; placeholder?: string }[] {
	const found: { number: string; line: number; placeholder?: string }[] = [];
	text.split('\n').forEach((line, index) => {
		for (const [written] of line.replace(DATES_AND_TIMES, ' ').matchAll(NUMBER_LIKE)) {
			const placeholder = siteNumbers.get(digits(written));
			if (placeholder || digits(written).length >= 6)
				found.push({ number: written, line: index + 1, ...(placeholder && { placeholder }) });
		}
	});
	return found;
}

function digits(number: string): string {
	return number.replace(/\D/g, '');
}
