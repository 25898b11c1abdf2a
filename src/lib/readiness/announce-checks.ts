import { parse } from 'yaml';
import type { AnnounceSettings } from '../../schemas/announce.ts';
import { secretNames } from '../announce/channels.ts';
import { missing, ok, warning, type Finding } from './findings.ts';

/** A workflow file of the git host, as read from `.github/workflows/`. */
export interface WorkflowFile {
	file: string;
	text: string;
}

/** The workflow that deploys, and whose announce step must be given every channel's secrets. */
export const DEPLOY_WORKFLOW = '.github/workflows/deploy-pages.yml';

/** The steps that read the channels' secrets: a workflow's step sees only the secrets its `env:` names. */
const SECRET_STEPS = [
	{ file: DEPLOY_WORKFLOW, step: 'announce', runs: /npm run announce(?!-)/ },
	{ file: '.github/workflows/readiness.yml', step: 'ready', runs: /npm run ready/ },
];

/**
 * Each channel of `announce:` with the environment variables of its secrets: set here (never
 * printed), and given to the deploy workflow's announce step, which sees no other secret.
 */
export function announceFindings(
	settings: AnnounceSettings | undefined,
	env: Record<string, string | undefined>,
	workflows: readonly WorkflowFile[],
): Finding[] {
	if (!settings)
		return [
			warning(
				'announce',
				'site.yaml has no announce: section: nobody is told of a new update unless they look (docs/announcing.md)',
			),
		];
	const steps = SECRET_STEPS.flatMap((step) => {
		const workflow = workflows.find((candidate) => candidate.file === step.file);
		return workflow ? [{ ...step, given: stepSecrets(workflow, step.runs) }] : [];
	});
	return settings.channels.map((channel) => {
		const item = `announce: ${channel.name}`;
		const names = secretNames(channel);
		const unset = names.filter((name) => !env[name]);
		for (const { file, step, given } of steps) {
			const notGiven = names.filter((name) => !given.has(name));
			if (notGiven.length)
				return missing(
					item,
					`${file} does not give ${notGiven.join(', ')} to its ${step} step: add ${notGiven.length === 1 ? 'it' : 'them'} to that step's env:`,
				);
		}
		if (unset.length)
			return missing(
				item,
				`${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set here: put ${unset.length === 1 ? 'it' : 'them'} in the repository's secrets, and in this shell to check (docs/announcing.md)`,
			);
		return ok(item, names.length ? `${names.join(', ')} set` : 'needs no secret');
	});
}

/** The repository variables the workflows read (`vars.NAME`): set by hand on the git host, so named here. */
export function variableFindings(workflows: readonly WorkflowFile[]): Finding[] {
	const names = new Set<string>();
	for (const { text } of workflows)
		for (const [, name] of text.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(name!);
	if (!names.size) return [];
	return [
		warning(
			'repository variables',
			`the workflows read ${[...names].sort().join(', ')}: check them on the git host (Settings, Secrets and variables, Actions, Variables); the README and docs/deploying.md say what each does`,
		),
	];
}

/** The environment variables a workflow gives the steps that run this command. */
function stepSecrets(workflow: WorkflowFile, runs: RegExp): Set<string> {
	const names = new Set<string>();
	const document = parse(workflow.text) as { jobs?: Record<string, { steps?: { run?: string; env?: object }[] }> };
	for (const job of Object.values(document?.jobs ?? {}))
		for (const step of job.steps ?? [])
			if (runs.test(step.run ?? '')) Object.keys(step.env ?? {}).forEach((name) => names.add(name));
	return names;
}
