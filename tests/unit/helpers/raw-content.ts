import type { RawContent, RawFile } from '../../../src/lib/content/raw-content.ts';

/** A small, valid content folder in memory: two campuses, four services, one incident. */
export const SITE_YAML = `organisation:
  nl: Testziekenhuis
  en: Test hospital
languages: [nl, en, fr]
time_zone: Europe/Brussels
site_url: https://status.test.example/
campuses:
  - id: noord
    name: { nl: Campus Noord }
  - id: zuid
    name: { nl: Campus Zuid, en: South campus }
contacts:
  emergency: "112"
  gp_on_call: "1733"
`;

export const SERVICES_YAML = `groups:
  - id: acute
    name: { nl: Dringend, en: Urgent }
services:
  - id: emergency-noord
    campus: noord
    group: acute
    name: { nl: Spoed Noord, en: Emergency North }
  - id: emergency-zuid
    campus: zuid
    group: acute
    name: { nl: Spoed Zuid }
  - id: mug
    campus: noord
    group: acute
    name: { nl: MUG }
  - id: visiting
    group: acute
    name: { nl: Bezoek }
`;

export const INCIDENT_YAML = `title: { nl: Cyberaanval, en: Cyberattack }
started: 2026-01-13T06:32:00+01:00
`;

/** An update's source file from its frontmatter lines and a body. */
export function mdx(frontmatter: string, body = 'Tekst van de update.\n'): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export const FIRST_UPDATE = mdx(`
incident: cyber
published: 2026-01-13T08:00:00+01:00
phase: ongoing
title: Servers uitgeschakeld
summary: Spoed werkt beperkt.
services:
  emergency-noord: reduced
  mug:
    state: unavailable
    note: Bel 112.
next_update: 2026-01-13T12:00:00+01:00
`);

/** Builds raw content; `updates` maps `<id>/<lang>` to file text. */
export function rawContent(
	updates: Record<string, string> = { 'u1/nl': FIRST_UPDATE },
	files: { site?: string; services?: string; incidents?: Record<string, string>; i18n?: Record<string, string> } = {},
): RawContent {
	const file = (name: string, text: string): RawFile => ({ file: `content/${name}`, text });
	const updateMap = new Map<string, Map<string, RawFile>>();
	for (const [key, text] of Object.entries(updates)) {
		const [id, lang] = key.split('/') as [string, string];
		if (!updateMap.has(id)) updateMap.set(id, new Map());
		updateMap.get(id)!.set(lang, file(`updates/${id}/${lang}.mdx`, text));
	}
	const incidents = files.incidents ?? { cyber: INCIDENT_YAML };
	return {
		site: file('site.yaml', files.site ?? SITE_YAML),
		services: file('services.yaml', files.services ?? SERVICES_YAML),
		incidents: new Map(Object.entries(incidents).map(([id, text]) => [id, file(`incidents/${id}.yaml`, text)])),
		updates: updateMap,
		i18n: new Map(Object.entries(files.i18n ?? {}).map(([lang, text]) => [lang, file(`i18n/${lang}.yaml`, text)])),
	};
}
