import { incidentSchema } from '../../schemas/incident.ts';
import { idNameProblems, localTextProblems } from './content-rules.ts';
import type { Incident, Site } from './model.ts';
import { parseYamlFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';
import { withoutUndefined } from './without-undefined.ts';

/** `incidents/<id>.yaml` read through its schema; the id is the file name. */
export function readIncident(id: string, raw: RawFile, site: Site): { incident?: Incident; problems: Problem[] } {
	const problems = idNameProblems(id, raw.file, 'incident file name');
	const parsed = parseYamlFile(raw, incidentSchema, { languages: site.languages });
	problems.push(...parsed.problems);
	const { value, source } = parsed;
	if (!value || !source) return { problems };
	const place = (path: PropertyKey[]) => ({ file: raw.file, source, path });
	problems.push(
		...localTextProblems(site, value.title, place(['title'])),
		...(value.summary ? localTextProblems(site, value.summary, place(['summary']), false) : []),
	);
	return { incident: withoutUndefined({ id, ...value }), problems };
}
