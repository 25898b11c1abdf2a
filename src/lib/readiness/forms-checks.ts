import { FORM_FILES, formFile, issueForms, type FormName } from '../authoring/issue-forms.ts';
import type { LanternContent } from '../content/model.ts';
import { missing, ok, type Finding } from './findings.ts';

/**
 * The git host's issue forms, the way to publish from a phone: their lists must name the
 * incidents, services and states the content has. `checkedIn` is each form file's text, or
 * undefined where the repository has none.
 */
export function formsFindings(content: LanternContent, checkedIn: Record<string, string | undefined>): Finding[] {
	const forms = issueForms(content);
	const files = Object.entries(FORM_FILES) as [FormName, string][];
	const absent = files.filter(([, file]) => checkedIn[file] === undefined).map(([, file]) => file);
	if (absent.length)
		return [missing('issue forms', `no ${absent.join(', ')}: run npm run forms and commit what it writes`)];
	const stale = files.filter(([name, file]) => checkedIn[file] !== formFile(forms[name])).map(([, file]) => file);
	if (stale.length)
		return [
			missing(
				'issue forms',
				`${stale.join(', ')} ${stale.length === 1 ? 'does' : 'do'} not list what the content has: run npm run forms and commit what it writes`,
			),
		];
	return [ok('issue forms', 'in step with the content')];
}
