import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkMdxBody, isSafeUrl } from '../../src/lib/content/safe-mdx.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { FIRST_UPDATE, mdx, rawContent } from './helpers/raw-content.ts';

const check = (body: string) =>
	checkMdxBody(body, 'u/nl.mdx', 10, {
		serviceIds: ['mug', 'emergency-noord'],
		contactKinds: ['emergency', 'gp-on-call', 'info-line', 'hospitals', 'customer_line'],
	}).map(formatProblem);

describe('safe MDX', () => {
	it('accepts Markdown and the whitelisted components with allowed values', () => {
		expect(
			check(
				'## Kop\n\nTekst met **vet**, een [link](https://example.org/) en [bel](tel:112).\n\n<Callout type="warning">Let op.</Callout>\n\nBel <Contact kind="gp-on-call" />. <ServiceState service="mug" />\n',
			),
		).toEqual([]);
	});

	it.each([
		['import', "import X from './x.astro'\n", 'import and export are not allowed'],
		['export', 'export const meta = 1\n', 'import and export are not allowed'],
		['script', '<script>alert(1)</script>\n', 'HTML is not allowed in an update (<script>)'],
		['iframe', '<iframe src="https://evil.example/" />\n', 'HTML is not allowed in an update (<iframe>)'],
		['style', '<style>body{}</style>\n', 'HTML is not allowed'],
		['object', '<object data="x" />\n', 'HTML is not allowed in an update (<object>)'],
		['embed', '<embed src="x" />\n', 'HTML is not allowed in an update (<embed>)'],
		['raw HTML', 'Tekst <b>vet</b>.\n', 'HTML is not allowed in an update (<b>)'],
		['an unknown component', '<Banner />\n', 'this component is not available in updates (<Banner>)'],
		[
			'an event handler',
			'<Callout type="info" onClick="alert(1)">x</Callout>\n',
			'event handler attributes are not allowed (onClick=)',
		],
		['an onerror attribute', '<Callout onerror="alert(1)" />\n', 'event handler attributes are not allowed (onerror=)'],
		['a javascript: link', '[klik](javascript:alert(1))\n', 'this link is not allowed'],
		['a data: link', '[klik](data:text/html,<script>alert(1)</script>)\n', 'this link is not allowed'],
		['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)\n', 'this link is not allowed'],
		['a javascript: link definition', '[a]: javascript:alert(1)\n', 'this link is not allowed'],
		['a text expression', 'Nu {new Date().getFullYear()}\n', 'expressions in { } are not allowed'],
		['a flow expression', '{alert(1)}\n', 'expressions in { } are not allowed'],
		['an expression attribute', '<Callout type={x} />\n', 'must be text in quotes'],
		['a spread attribute', '<Callout {...props} />\n', 'takes plain attributes only'],
		['an unknown value', '<Callout type="danger" />\n', 'does not accept this value'],
		['an unknown service', '<ServiceState service="mugg" />\n', 'does not accept this value'],
	])('rejects %s, naming the file and line', (_name, body, message) => {
		const [first] = check(`Eerste regel.\n\n${body}`);
		expect(first).toMatch(/^u\/nl\.mdx:12(:\d+)?  body  /);
		expect(first).toContain(message);
	});

	it('says how an update names a number to call, where a template would write {emergency}', () => {
		expect(check('Bel {emergency} of {customer_line}.\n\n{1 + 1}\n')).toMatchInlineSnapshot(`
			[
			  "u/nl.mdx:10:5  body  a number to call is written <Contact kind="emergency" /> in an update, which shows the number site.yaml gives; expressions in { } are not allowed: found "{emergency}"",
			  "u/nl.mdx:10:20  body  a number to call is written <Contact kind="customer_line" /> in an update, which shows the number site.yaml gives; expressions in { } are not allowed: found "{customer_line}"",
			  "u/nl.mdx:12:1  body  expressions in { } are not allowed; write the text itself (a literal { is written &#123;), and a number to call as <Contact kind="emergency" />: found "{1 + 1}"",
			]
		`);
	});

	it('reports MDX that does not parse, with its line', () => {
		expect(check('Tekst\n\n<Callout>zonder einde\n')).toEqual([
			expect.stringMatching(/^u\/nl\.mdx:1[0-2]:\d+  body  the text cannot be read as MDX/),
		]);
	});

	it('knows which links are safe', () => {
		expect(
			[
				'https://a.example/',
				'http://a.example/',
				'mailto:a@b.example',
				'tel:112',
				'/nl/',
				'#x',
				'?q=1',
				'updates/',
			].every(isSafeUrl),
		).toBe(true);
		expect(
			[
				'javascript:x',
				'JavaScript:x',
				' javascript:x',
				'data:x',
				'vbscript:x',
				'file:///etc',
				'//evil.example/',
				'java\tscript:x',
				'java\nscript:x',
			].some(isSafeUrl),
		).toBe(false);
	});

	it('runs on every update and translation during validation, with lines in the file', () => {
		const translation = mdx('title: T\nsource_hash: "000000000000"', 'Text\n\n<img src="x" onerror="alert(1)" />\n');
		const { problems } = validateContent(
			rawContent({
				'u1/nl': FIRST_UPDATE.replace('Tekst van de update.', '[x](javascript:alert(1))'),
				'u1/en': translation,
			}),
		);
		expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
			'content/updates/u1/nl.mdx:14:1  body  this link is not allowed; links must start with https://, http://, mailto: or tel:, or point within this site: found "javascript:alert(1)"',
			'content/updates/u1/en.mdx:7:1  body  HTML is not allowed in an update (<img>); use Markdown, or one of the components (allowed: <Callout>, <Contact>, <ServiceState>)',
		]);
	});
});
