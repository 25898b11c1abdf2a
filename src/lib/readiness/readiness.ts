import type { LanternContent } from '../content/model.ts';
import { announceFindings, variableFindings, type WorkflowFile } from './announce-checks.ts';
import type { Finding } from './findings.ts';
import { formsFindings } from './forms-checks.ts';
import { addressFindings, keyServiceFindings, numberFindings, timeZoneFindings } from './site-checks.ts';
import { templateFindings, type TemplateFile } from './template-checks.ts';

/** What `npm run ready` reads, gathered by the command so that every check here is pure. */
export interface ReadinessInput {
	content: LanternContent;
	templates: readonly TemplateFile[];
	/** Each issue form file's text, or undefined where the repository has none. */
	forms: Record<string, string | undefined>;
	/** Read for which secrets are set; no value is ever shown. */
	env: Record<string, string | undefined>;
	workflows: readonly WorkflowFile[];
}

/** Everything that can be checked without the network, in the order a person sets it up. */
export function readinessFindings(input: ReadinessInput): Finding[] {
	const { content } = input;
	return [
		...addressFindings(content),
		...timeZoneFindings(content),
		...numberFindings(content),
		...keyServiceFindings(content),
		...templateFindings(content, input.templates),
		...formsFindings(content, input.forms),
		...announceFindings(content.site.announce, input.env, input.workflows),
		...variableFindings(input.workflows),
	];
}
