import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './problems.ts';

/**
 * The Lantern components a writer may use in an update, without import, and the literal
 * values each attribute accepts: a list, or the site's service ids or contact kinds.
 */
export const MDX_COMPONENTS: Record<string, Record<string, readonly string[] | 'service-id' | 'contact-kind'>> = {
	Callout: { type: ['info', 'warning', 'important'] },
	Contact: { kind: 'contact-kind' },
	ServiceState: { service: 'service-id' },
};

/** The ids a body may name, from the site's content. */
export interface KnownIds {
	serviceIds: readonly string[];
	/** What `<Contact kind>` accepts (src/lib/contacts.ts, contactKinds). */
	contactKinds: readonly string[];
}

/** Link schemes a reader may follow; everything else (javascript:, data:, file:, …) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

interface Position {
	start: { line: number; column: number };
}
interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: Position;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Checks an MDX body against Lantern's whitelist, so a stolen editor account cannot put
 * script on the public site: no import/export, no {expressions}, no HTML, only the listed
 * components with literal attribute values, no event handlers, no javascript: or data: links.
 * `bodyLine` is the file line where the body starts, so problems point into the file.
 */
export function checkMdxBody(body: string, file: string, bodyLine: number, known: KnownIds): Problem[] {
	const problems: Problem[] = [];
	const at = (position: Position | undefined) =>
		position ? { line: position.start.line + bodyLine - 1, column: position.start.column } : { line: bodyLine };
	const problem = (
		position: Position | undefined,
		fields: Omit<Problem, 'severity' | 'file' | 'field'> & { field?: string },
	) => problems.push({ severity: 'error', file, field: 'body', ...at(position), ...fields });

	let tree;
	try {
		tree = parser.parse(body);
	} catch (error) {
		const place = error as { line?: number; column?: number; reason?: string; message?: string };
		const where = {
			line: (place.line ?? 1) + bodyLine - 1,
			...(place.column !== undefined && { column: place.column }),
		};
		// HTML that MDX cannot even read (<img src=x>, <!-- -->, <br>) is still HTML, and is named so.
		const html = htmlWhereUnreadable(body, place);
		problems.push(
			html
				? {
						severity: 'error',
						code: 'mdx-html',
						file,
						field: 'body',
						...where,
						message: `HTML is not allowed in an update (${html}); use Markdown, or one of the components`,
						allowed: Object.keys(MDX_COMPONENTS).map((component) => `<${component}>`),
					}
				: {
						severity: 'error',
						code: 'mdx-unreadable',
						file,
						field: 'body',
						...where,
						message: `the text cannot be read as MDX (${place.reason ?? place.message}); a < or { in plain text must be written as &lt; or &#123;`,
					},
		);
		return problems;
	}

	visit(tree, (visited) => {
		const node = visited as MdxNode;
		switch (node.type) {
			case 'mdxjsEsm':
				problem(node.position, {
					code: 'mdx-import',
					message:
						'import and export are not allowed; the components Callout, Contact and ServiceState work without import',
					found: firstLine(node.value),
				});
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				// `{emergency}` is how a template names a number; in an update the component names it.
				const named = node.value?.trim() ?? '';
				problem(node.position, {
					code: 'mdx-expression',
					message: known.contactKinds.includes(named)
						? `a number to call is written <Contact kind="${named}" /> in an update, which shows the number site.yaml gives; expressions in { } are not allowed`
						: 'expressions in { } are not allowed; write the text itself (a literal { is written &#123;), and a number to call as <Contact kind="emergency" />',
					found: `{${firstLine(node.value)}}`,
				});
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, known, (fields) => problem(node.position, fields));
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (node.url !== undefined && !isSafeUrl(node.url)) {
					problem(node.position, {
						code: 'unsafe-link',
						message:
							'this link is not allowed; links must start with https://, http://, mailto: or tel:, or point within this site',
						found: node.url,
					});
				}
				break;
		}
	});
	return problems;
}

function checkElement(
	node: MdxNode,
	known: KnownIds,
	report: (fields: Omit<Problem, 'severity' | 'file' | 'field'>) => void,
) {
	const name = node.name ?? '';
	const allowed = MDX_COMPONENTS[name];
	if (!allowed) {
		report({
			code: /^[a-z]/.test(name) ? 'mdx-html' : 'mdx-component',
			message: /^[a-z]/.test(name)
				? `HTML is not allowed in an update (<${name}>); use Markdown, or one of the components`
				: `this component is not available in updates (<${name || '>'}>)`,
			allowed: Object.keys(MDX_COMPONENTS).map((component) => `<${component}>`),
		});
		return;
	}
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
			report({ code: 'mdx-component', message: `<${name}> takes plain attributes only ({...} is not allowed)` });
			continue;
		}
		const { name: attributeName, value } = attribute;
		if (/^on/i.test(attributeName)) {
			report({
				code: 'mdx-html',
				message: `event handler attributes are not allowed (${attributeName}=)`,
				found: attributeName,
			});
			continue;
		}
		const accepted = allowed[attributeName];
		if (accepted === undefined) {
			report({
				code: 'mdx-component',
				message: `<${name}> has no attribute "${attributeName}"`,
				found: attributeName,
				allowed: Object.keys(allowed),
			});
			continue;
		}
		if (typeof value !== 'string') {
			report({
				code: 'mdx-component',
				message: `${attributeName}= on <${name}> must be text in quotes, such as ${attributeName}="…"`,
				found: attributeName,
			});
			continue;
		}
		const values =
			accepted === 'service-id' ? known.serviceIds : accepted === 'contact-kind' ? known.contactKinds : accepted;
		if (!values.includes(value))
			report({
				code: 'mdx-component',
				message: `${attributeName}= on <${name}> does not accept this value`,
				found: value,
				allowed: values,
			});
	}
}

/** True for links a reader may follow: the safe schemes, or a path, query or fragment of this site. */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and white space inside a scheme ("java\tscript:").
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	if (!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return !cleaned.startsWith('//');
	try {
		return SAFE_SCHEMES.has(new URL(cleaned).protocol);
	} catch {
		return false;
	}
}

/**
 * The HTML tag or comment at which MDX stopped reading, if it stopped at one: the last `<` before
 * the place of the error opens a lower-case tag or a comment, or the error is an HTML tag left open.
 */
function htmlWhereUnreadable(
	body: string,
	place: { line?: number; column?: number; reason?: string },
): string | undefined {
	const open = /closing tag for `<([a-z][^\s>`]*)/.exec(place.reason ?? '');
	if (open) return `<${open[1]}>`;
	if (place.line === undefined || place.column === undefined) return undefined;
	const line = body.split('\n')[place.line - 1] ?? '';
	const start = line.lastIndexOf('<', place.column - 1);
	const tag = start < 0 ? undefined : /^<(!--|\/?[a-z][a-z0-9-]*)/.exec(line.slice(start));
	if (!tag) return undefined;
	return tag[1] === '!--' ? '<!-- -->' : `<${tag[1]}>`;
}

function firstLine(text: string | undefined): string {
	const line = (text ?? '').split('\n')[0] ?? '';
	return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
