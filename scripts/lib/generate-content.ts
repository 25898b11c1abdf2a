import { DEFAULT_STATE_KEYS, type StateKey } from '../../src/schemas/state.ts';
import { sourceTextHash } from '../../src/lib/content/source-hash.ts';
import { isoWithOffset } from '../../src/lib/time.ts';
import { sourceUpdateFile, translationFile } from '../../src/lib/authoring/update-files.ts';

/**
 * Synthetic content for benchmarks and scale tests: a hospital network with M services
 * over several campuses, and N updates spread over several incidents, each going from
 * ongoing to recovering to resolved, with state changes, notes, translations (some
 * missing, some out of date). Deterministic for a given seed, so runs compare.
 */
export interface GenerateOptions {
	updates: number;
	services: number;
	languages: string[];
	seed?: number;
	/** The first update's time; later ones follow every `spacingMinutes`. */
	start?: Date;
	spacingMinutes?: number;
}

/** Files to write, by path relative to the content folder. */
export type ContentFiles = Map<string, string>;

const SERVICE_NAMES: Record<string, string>[] = [
	{ nl: 'Spoedgevallen', en: 'Emergency department', fr: 'Urgences', de: 'Notaufnahme' },
	{ nl: 'Geplande operaties', en: 'Planned surgery', fr: 'Opérations planifiées', de: 'Geplante Operationen' },
	{ nl: 'Raadplegingen', en: 'Outpatient appointments', fr: 'Consultations', de: 'Ambulante Sprechstunden' },
	{ nl: 'Medische beeldvorming', en: 'Radiology', fr: 'Imagerie médicale', de: 'Radiologie' },
	{ nl: 'Bloedafnames', en: 'Blood tests', fr: 'Prises de sang', de: 'Blutabnahme' },
	{ nl: 'Nierdialyse', en: 'Kidney dialysis', fr: 'Dialyse', de: 'Dialyse' },
	{ nl: 'Materniteit', en: 'Maternity', fr: 'Maternité', de: 'Geburtshilfe' },
	{ nl: 'Apotheek', en: 'Pharmacy', fr: 'Pharmacie', de: 'Apotheke' },
	{ nl: 'Kinderafdeling', en: 'Children’s ward', fr: 'Pédiatrie', de: 'Kinderstation' },
	{ nl: 'Oncologie', en: 'Cancer care', fr: 'Oncologie', de: 'Onkologie' },
	{ nl: 'Revalidatie', en: 'Rehabilitation', fr: 'Revalidation', de: 'Rehabilitation' },
	{ nl: 'Bezoek', en: 'Visiting', fr: 'Visites', de: 'Besuch' },
];
const CAMPUSES = ['noord', 'zuid', 'oost'];
const ORGANISATION: Record<string, string> = {
	nl: 'Synthetisch Ziekenhuis',
	en: 'Synthetic Hospital',
	fr: 'Hôpital Synthétique',
	de: 'Synthetisches Krankenhaus',
};
const OUTAGE: Record<string, string> = { nl: 'Storing', en: 'Outage', fr: 'Panne', de: 'Störung' };
const SENTENCES: Record<string, string[]> = {
	nl: [
		'Onze teams werken dag en nacht aan het herstel van de systemen.',
		'Breng uw identiteitskaart en een lijst van uw medicatie mee.',
		'Bij levensgevaar belt u altijd 112.',
		'Buiten de kantooruren kunt u terecht bij de huisartsenwachtpost op 1733.',
		'Wij bellen u persoonlijk als uw afspraak verplaatst wordt.',
		'Reken op langere wachttijden aan de onthaalbalie.',
		'Bezoek is toegelaten volgens de gewone regeling.',
		'Het onderzoek naar de oorzaak loopt nog.',
	],
	en: [
		'Our teams are working day and night to restore the systems.',
		'Bring your identity card and a list of your medicines.',
		'If a life is in danger, always call 112.',
		'Outside office hours, call the GP on-call service on 1733.',
		'We will call you personally if your appointment is moved.',
		'Expect longer waits at the reception desk.',
		'Visiting follows the usual rules.',
		'The investigation into the cause continues.',
	],
	de: [
		'Unsere Teams arbeiten Tag und Nacht daran, die Systeme wiederherzustellen.',
		'Bringen Sie Ihren Personalausweis und eine Liste Ihrer Medikamente mit.',
		'Wählen Sie bei Lebensgefahr immer die 112.',
		'Außerhalb der Sprechzeiten erreichen Sie die Hausärztliche Bereitschaft unter 1733.',
		'Wir rufen Sie persönlich an, wenn Ihr Termin verschoben wird.',
		'Rechnen Sie mit längeren Wartezeiten am Empfang.',
		'Besuche sind wie gewohnt möglich.',
		'Die Untersuchung der Ursache geht weiter.',
	],
	fr: [
		'Nos équipes travaillent jour et nuit pour rétablir les systèmes.',
		'Apportez votre carte d’identité et la liste de vos médicaments.',
		'En cas de danger de mort, appelez toujours le 112.',
		'En dehors des heures de bureau, appelez le poste de garde au 1733.',
		'Nous vous appelons personnellement si votre rendez-vous est déplacé.',
		'Attendez-vous à une attente plus longue à l’accueil.',
		'Les visites suivent les règles habituelles.',
		'L’enquête sur la cause se poursuit.',
	],
};
const HEADINGS: Record<string, string[]> = {
	nl: ['Wat is er gebeurd?', 'Wat betekent dit voor u?', 'Wat moet u doen?'],
	en: ['What happened?', 'What does this mean for you?', 'What should you do?'],
	fr: ['Que s’est-il passé ?', 'Qu’est-ce que cela signifie pour vous ?', 'Que faire ?'],
	de: ['Was ist passiert?', 'Was bedeutet das für Sie?', 'Was sollten Sie tun?'],
};
const TITLES: Record<string, string[]> = {
	nl: ['Stand van zaken', 'Nieuwe informatie over de diensten', 'Update over de zorg', 'Herstel gaat verder'],
	en: ['Current situation', 'New information about our services', 'Update on care', 'Recovery continues'],
	de: [
		'Aktuelle Lage',
		'Neue Informationen zu den Diensten',
		'Stand der Versorgung',
		'Die Wiederherstellung geht weiter',
	],
	fr: [
		'Situation actuelle',
		'Nouvelles informations sur les services',
		'Point sur les soins',
		'Le rétablissement continue',
	],
};

/** A small seeded random generator (mulberry32), so the same seed gives the same content. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const text = (lang: string, table: Record<string, string[]>) => table[lang] ?? table['en']!;
const yamlText = (value: string) => JSON.stringify(value);

export function generateContent(options: GenerateOptions): ContentFiles {
	const { updates: count, services: serviceCount, languages } = options;
	const next = random(options.seed ?? 42);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const source = languages[0]!;
	const files: ContentFiles = new Map();
	const zone = 'Europe/Brussels';
	const perLanguage = (make: (lang: string) => string) =>
		`{ ${languages.map((lang) => `${lang}: ${yamlText(make(lang))}`).join(', ')} }`;

	files.set(
		'site.yaml',
		[
			`organisation: ${perLanguage((lang) => ORGANISATION[lang] ?? ORGANISATION['en']!)}`,
			`languages: [${languages.join(', ')}]`,
			`time_zone: ${zone}`,
			'site_url: https://status.synthetic.example/',
			'campuses:',
			...CAMPUSES.map(
				(campus) =>
					`  - id: ${campus}\n    name: ${perLanguage(() => `Campus ${campus[0]!.toUpperCase()}${campus.slice(1)}`)}`,
			),
			'contacts:',
			'  emergency: "112"',
			'  gp_on_call: "1733"',
			'  info_line: "+32 9 000 00 00"',
			'  hospitals:',
			'    - name: Buurziekenhuis',
			'      phone: "+32 9 111 11 11"',
			'feeds:',
			'  items: 50',
			'',
		].join('\n'),
	);

	const services = Array.from({ length: serviceCount }, (_, index) => {
		const names = SERVICE_NAMES[index % SERVICE_NAMES.length]!;
		const round = Math.floor(index / SERVICE_NAMES.length);
		return {
			id: `service-${String(index + 1).padStart(3, '0')}`,
			campus: CAMPUSES[index % CAMPUSES.length]!,
			group: ['acute', 'planned', 'support'][index % 3]!,
			name: (lang: string) => `${names[lang] ?? names['en']}${round ? ` ${round + 1}` : ''}`,
		};
	});
	files.set(
		'services.yaml',
		[
			'groups:',
			`  - id: acute\n    name: ${perLanguage(() => 'Acute care')}`,
			`  - id: planned\n    name: ${perLanguage(() => 'Planned care')}`,
			`  - id: support\n    name: ${perLanguage(() => 'Support')}`,
			'services:',
			...services.map(
				(service) =>
					`  - id: ${service.id}\n    campus: ${service.campus}\n    group: ${service.group}\n    name: ${perLanguage(service.name)}\n    advice: ${perLanguage((lang) => text(lang, SENTENCES)[3]!)}`,
			),
			'',
		].join('\n'),
	);

	// Incidents of about 200 updates each; every incident ends resolved with everything open.
	const perIncident = Math.max(3, Math.min(200, count));
	const start = options.start ?? new Date('2025-01-06T08:00:00+01:00');
	const spacing = (options.spacingMinutes ?? 90) * 60_000;
	let incidentNumber = 0;
	let states = new Map<string, StateKey>();
	for (let index = 0; index < count; index++) {
		const position = index % perIncident;
		const last = position === perIncident - 1 || index === count - 1;
		if (position === 0) {
			incidentNumber++;
			states = new Map();
			const started = new Date(start.getTime() + index * spacing - 30 * 60_000);
			files.set(
				`incidents/incident-${String(incidentNumber).padStart(3, '0')}.yaml`,
				`title: ${perLanguage((lang) => `${OUTAGE[lang] ?? OUTAGE['en']!} ${incidentNumber}`)}\nstarted: ${isoWithOffset(started, zone)}\n`,
			);
		}
		const published = new Date(start.getTime() + index * spacing);
		const phase = last ? 'resolved' : position > perIncident * 0.6 ? 'recovering' : 'ongoing';
		const changes = new Map<string, { state: StateKey; note?: string }>();
		if (last) {
			for (const [id, state] of states) if (state !== 'open') changes.set(id, { state: 'open' });
		} else {
			const howMany = position === 0 ? 4 : Math.floor(next() * 4);
			for (let change = 0; change < howMany; change++) {
				const service = pick(services);
				const state = phase === 'recovering' && next() < 0.5 ? 'open' : pick(DEFAULT_STATE_KEYS);
				if ((states.get(service.id) ?? 'open') === state) continue;
				changes.set(service.id, { state, ...(next() < 0.3 && { note: text(source, SENTENCES)[4]! }) });
			}
		}
		for (const [id, change] of changes) states.set(id, change.state);

		const id = `${isoWithOffset(published, zone)
			.slice(0, 16)
			.replace(/[-T:]/g, '')
			.replace(/^(\d{8})/, '$1-')}-update-${index + 1}`;
		const marker = `kenmerk${index + 1}`;
		const body = (lang: string) =>
			text(lang, HEADINGS)
				.map(
					(heading, section) =>
						`## ${heading}\n\n${[0, 1, 2].map(() => pick(text(lang, SENTENCES))).join(' ')}${section === 0 ? ` ${marker}.` : ''}\n`,
				)
				.join('\n');
		const title = (lang: string) => `${pick(text(lang, TITLES))} (${index + 1})`;
		const summary = (lang: string) => pick(text(lang, SENTENCES));
		const sourceTitle = title(source);
		const sourceSummary = summary(source);
		const sourceBody = body(source);
		files.set(
			`updates/${id}/${source}.mdx`,
			sourceUpdateFile(
				{
					incident: `incident-${String(incidentNumber).padStart(3, '0')}`,
					published,
					phase,
					title: sourceTitle,
					summary: sourceSummary,
					services: Object.fromEntries(changes),
					...(last ? {} : { nextUpdate: new Date(published.getTime() + spacing) }),
					body: sourceBody,
				},
				zone,
			),
		);
		const hash = sourceTextHash({ title: sourceTitle, summary: sourceSummary, body: sourceBody });
		for (const [position, lang] of languages.slice(1).entries()) {
			// Most updates are translated; the second translation language lags behind.
			if (next() > (position === 0 ? 0.85 : 0.5)) continue;
			const stamp = next() < 0.05 ? '000000000000' : hash;
			files.set(
				`updates/${id}/${lang}.mdx`,
				translationFile({ title: title(lang), summary: summary(lang), sourceHash: stamp, body: body(lang) }),
			);
		}
	}
	return files;
}
