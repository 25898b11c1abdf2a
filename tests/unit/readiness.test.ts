import { describe, expect, it } from 'vitest';
import { formFile, issueForms, FORM_FILES, type FormName } from '../../src/lib/authoring/issue-forms.ts';
import type { LanternContent } from '../../src/lib/content/model.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { DEPLOY_WORKFLOW } from '../../src/lib/readiness/announce-checks.ts';
import { formatFindings, isReady, readinessSummary } from '../../src/lib/readiness/findings.ts';
import { readinessFindings, type ReadinessInput } from '../../src/lib/readiness/readiness.ts';
import type { TemplateFile } from '../../src/lib/readiness/template-checks.ts';
import { rawContent, SERVICES_YAML, SITE_YAML } from './helpers/raw-content.ts';

/** The test site, ready for the day: a real address, a second host, an info line, announcing by mail and Mastodon. */
const READY_SITE = SITE_YAML.replace('https://status.test.example/', 'https://status.testziekenhuis.be/').concat(
	`  info_line: "+32 9 555 01 00"
mirrors: [https://testziekenhuis.github.io/status/]
announce:
  since: 2026-01-01T00:00:00+01:00
  channels:
    - { name: email, type: email, smtp: "smtps://smtp.mailprovider.eu:465", from: "Test <status@testziekenhuis.be>", to: { nl: status@lists.testziekenhuis.be }, user_env: LANTERN_SMTP_USER, password_env: LANTERN_SMTP_PASSWORD }
    - { name: mastodon, type: mastodon, server: "https://mastodon.social", token_env: LANTERN_MASTODON_TOKEN }
`,
);
const KEY_SERVICES = SERVICES_YAML.replace(
	'    name: { nl: Spoed Noord, en: Emergency North }',
	'    name: { nl: Spoed Noord, en: Emergency North }\n    key: true',
);
const ENV = {
	LANTERN_SMTP_USER: 'status@testziekenhuis.be',
	LANTERN_SMTP_PASSWORD: 'x'.repeat(12),
	LANTERN_MASTODON_TOKEN: 'y'.repeat(12),
};
const DEPLOY = `on: push
jobs:
  build:
    steps:
      - run: npm run build
        env:
          LANTERN_CONTENT: \${{ vars.LANTERN_CONTENT }}
  announce:
    if: vars.LANTERN_ANNOUNCE == 'true'
    steps:
      - run: npm run announce-ledger -- pull
      - run: npm run announce -- --push-ledger
        env:
          LANTERN_SMTP_USER: \${{ secrets.LANTERN_SMTP_USER }}
          LANTERN_SMTP_PASSWORD: \${{ secrets.LANTERN_SMTP_PASSWORD }}
          LANTERN_MASTODON_TOKEN: \${{ secrets.LANTERN_MASTODON_TOKEN }}
`;

function contentOf(site: string, services = KEY_SERVICES): LanternContent {
	const { content, problems } = validateContent(rawContent(undefined, { site, services }));
	if (!content) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return content;
}

function templates(languages: string[], body = 'Bel {emergency} bij levensgevaar.'): TemplateFile[] {
	return ['first-hour', 'resolved'].flatMap((name) =>
		languages.map((lang) => ({
			name,
			lang,
			file: `content/templates/${name}/${lang}.mdx`,
			text: `---\ntitle: T\n---\n${body}\n`,
		})),
	);
}

function formsOf(content: LanternContent): Record<string, string> {
	const forms = issueForms(content);
	return Object.fromEntries(
		(Object.entries(FORM_FILES) as [FormName, string][]).map(([name, file]) => [file, formFile(forms[name])]),
	);
}

function ready(changes: Partial<ReadinessInput> = {}): ReadinessInput {
	const content = changes.content ?? contentOf(READY_SITE);
	return {
		content,
		templates: templates(['nl', 'en', 'fr']),
		forms: formsOf(content),
		env: ENV,
		workflows: [{ file: DEPLOY_WORKFLOW, text: DEPLOY }],
		...changes,
	};
}

const lines = (input: ReadinessInput) => formatFindings(readinessFindings(input));

describe('npm run ready, the day before', () => {
	it('says ok to a site with everything set, and names the variables to check by hand', () => {
		const findings = readinessFindings(ready());
		expect(formatFindings(findings)).toMatchInlineSnapshot(`
			"ok       site address: https://status.testziekenhuis.be/
			ok       second host: https://testziekenhuis.github.io/status/
			ok       time zone: Europe/Brussels
			ok       numbers to call: emergency 112, GP on call 1733, information line +32 9 555 01 00
			ok       key services: Spoed Noord, Campus Noord
			ok       templates: first-hour, resolved, each in nl, en, fr, numbers only by placeholder
			ok       issue forms: in step with the content
			ok       announce: email: LANTERN_SMTP_USER, LANTERN_SMTP_PASSWORD set
			ok       announce: mastodon: LANTERN_MASTODON_TOKEN set
			warning  repository variables: the workflows read LANTERN_ANNOUNCE, LANTERN_CONTENT: check them on the git host (Settings, Secrets and variables, Actions, Variables); the README and docs/deploying.md say what each does"
		`);
		expect(isReady(findings)).toBe(true);
		expect(readinessSummary(findings)).toMatchInlineSnapshot(`"Ready: nothing a crisis needs is missing; 1 to check."`);
	});

	it('names what is missing about the address, the second host, the numbers and the key services', () => {
		const content = contentOf(
			SITE_YAML.replace('https://status.test.example/', 'https://status.example.org/'),
			SERVICES_YAML,
		);
		const findings = readinessFindings(ready({ content, forms: formsOf(content) }));
		expect(formatFindings(findings.slice(0, 6))).toMatchInlineSnapshot(`
			"missing  site address: https://status.example.org/ is an example address: set site_url in site.yaml to the address people will type
			missing  second host: no mirrors in site.yaml: publish a copy on a second host, so the site stays up when one host is down (docs/deploying.md)
			ok       time zone: Europe/Brussels
			ok       numbers to call: emergency 112, GP on call 1733
			warning  information line: no line of your own in site.yaml's contacts (info_line, or one of your own under others): give a number that does not depend on your own phone system, so people do not call the emergency number with questions
			missing  key services: no service has key: true in services.yaml: mark the few services people ask about first, so the first screen shows them"
		`);
		expect(isReady(findings)).toBe(false);
		expect(readinessSummary(findings)).toMatchInlineSnapshot(
			`"Not ready: 3 missing, 3 to check. Fix what is missing before the day you need it."`,
		);
	});

	it('names templates that are missing, missing a language, or have a number typed in', () => {
		expect(lines(ready({ templates: [] }))).toContain('missing  templates: no holding statements');
		const findings = readinessFindings(
			ready({
				templates: [
					...templates(['nl', 'en']),
					{
						name: 'data-breach',
						lang: 'nl',
						file: 'content/templates/data-breach/nl.mdx',
						text: '---\ntitle: T\n---\nBel 112 of +32 9 555 01 00.\nOm 16:00 op 2026-01-13.\n',
					},
				],
			}),
		).filter((finding) => finding.item.startsWith('template'));
		expect(formatFindings(findings)).toMatchInlineSnapshot(`
			"missing  template data-breach: no text in en, fr: write templates/data-breach/en.mdx
			missing  template first-hour: no text in fr: write templates/first-hour/fr.mdx
			missing  template resolved: no text in fr: write templates/resolved/fr.mdx
			missing  template data-breach: content/templates/data-breach/nl.mdx:4 has the number 112 typed in: write {emergency} instead
			missing  template data-breach: content/templates/data-breach/nl.mdx:4 has the number +32 9 555 01 00 typed in: write {info_line} instead"
		`);
	});

	it('names issue forms that are absent or out of step with the content', () => {
		const content = contentOf(READY_SITE);
		const stale = { ...formsOf(content), [FORM_FILES.update]: 'name: New update\n' };
		const formLines = (forms: Record<string, string | undefined>) =>
			formatFindings(readinessFindings(ready({ forms })).filter((finding) => finding.item === 'issue forms'));
		expect(formLines({})).toMatchInlineSnapshot(
			`"missing  issue forms: no .github/ISSUE_TEMPLATE/update.yml, .github/ISSUE_TEMPLATE/translation.yml: run npm run forms and commit what it writes"`,
		);
		expect(formLines(stale)).toMatchInlineSnapshot(
			`"missing  issue forms: .github/ISSUE_TEMPLATE/update.yml does not list what the content has: run npm run forms and commit what it writes"`,
		);
	});

	it('names a secret not set here or not given to the deploy, without ever showing a value', () => {
		const { LANTERN_MASTODON_TOKEN: _, ...withoutToken } = ENV;
		const deployWithoutPassword = DEPLOY.replace(/.*LANTERN_SMTP_PASSWORD.*\n/, '');
		const announceLines = (input: ReadinessInput) =>
			formatFindings(readinessFindings(input).filter((finding) => finding.item.startsWith('announce')));
		const output = announceLines(
			ready({ env: withoutToken, workflows: [{ file: DEPLOY_WORKFLOW, text: deployWithoutPassword }] }),
		);
		expect(output).toMatchInlineSnapshot(`
			"missing  announce: email: .github/workflows/deploy-pages.yml does not give LANTERN_SMTP_PASSWORD to its announce step: add it to that step's env:
			missing  announce: mastodon: LANTERN_MASTODON_TOKEN is not set here: put it in the repository's secrets, and in this shell to check (docs/announcing.md)"
		`);
		expect(output).not.toContain(ENV.LANTERN_SMTP_PASSWORD);
		const readiness = {
			file: '.github/workflows/readiness.yml',
			text: 'jobs:\n  ready:\n    steps:\n      - run: npm run ready -- --online\n        env: { LANTERN_SMTP_USER: x, LANTERN_SMTP_PASSWORD: x }\n',
		};
		expect(announceLines(ready({ workflows: [{ file: DEPLOY_WORKFLOW, text: DEPLOY }, readiness] })))
			.toMatchInlineSnapshot(`
			"ok       announce: email: LANTERN_SMTP_USER, LANTERN_SMTP_PASSWORD set
			missing  announce: mastodon: .github/workflows/readiness.yml does not give LANTERN_MASTODON_TOKEN to its ready step: add it to that step's env:"
		`);
		expect(
			announceLines(
				ready({
					content: contentOf(
						SITE_YAML.replace('https://status.test.example/', 'https://status.testziekenhuis.be/') +
							'mirrors: [https://copy.testziekenhuis.be/]\n',
					),
				}),
			),
		).toMatchInlineSnapshot(
			`"warning  announce: site.yaml has no announce: section: nobody is told of a new update unless they look (docs/announcing.md)"`,
		);
	});
});
