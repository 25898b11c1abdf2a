import { PHASES, STATUSPAGE_STATUSES } from '../../schemas/state.ts';

/**
 * JSON Schema (2020-12) of /api/status.json, published beside it for partner systems; a state's
 * key is one of the site's states (`stateKeys`, content.states).
 */
export function lanternStatusSchema(id: string, stateKeys: readonly string[]) {
	const perLanguage = { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 } as const;
	const instant = { type: 'string', format: 'date-time' } as const;
	const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });
	/** An object with exactly these fields, every one of them present (null where it has no value). */
	const record = <T extends Record<string, object>>(properties: T) => ({
		type: 'object',
		additionalProperties: false,
		required: Object.keys(properties),
		properties,
	});
	const state = record({
		key: { enum: [...stateKeys], description: 'The state as comms staff write it.' },
		rank: { type: 'integer', minimum: 0, description: 'Higher is worse.' },
		label: { ...perLanguage, description: 'The state in words, per language.' },
		statuspage: { enum: [...STATUSPAGE_STATUSES] },
	});
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: id,
		title: 'Lantern status',
		description:
			'The current state of every service, per campus, with the next update expected and the numbers to call.',
		type: 'object',
		additionalProperties: false,
		required: [
			'site_url',
			'organisation',
			'languages',
			'source_language',
			'time_zone',
			'overall',
			'last_updated',
			'next_update',
			'next_update_overdue',
			'campuses',
			'services',
			'incidents',
			'latest_update',
			'planned',
			'contacts',
		],
		properties: {
			$schema: { type: 'string', format: 'uri' },
			exercise: {
				const: true,
				description:
					'Present only when the site is a drill (a rehearsal): nothing in this document is real. Show it before anything else.',
			},
			site_url: { type: 'string', format: 'uri' },
			organisation: perLanguage,
			languages: { type: 'array', items: { type: 'string' }, minItems: 1 },
			source_language: { type: 'string' },
			time_zone: { type: 'string' },
			overall: state,
			last_updated: nullable(instant),
			next_update: nullable(instant),
			next_update_overdue: { type: 'boolean' },
			campuses: {
				type: 'array',
				items: record({
					id: { type: 'string' },
					name: perLanguage,
					state: { ...state, description: 'The worst state of its services, not the state of the whole campus.' },
					services: { type: 'integer', minimum: 0, description: 'How many services the campus has.' },
					not_normal: { type: 'integer', minimum: 0, description: 'How many of them are not open as normal.' },
					most_affected: {
						...nullable({ type: 'string' }),
						description: 'The id of the service in the worst state; null when all are open.',
					},
					summary: { ...perLanguage, description: 'How the campus stands, in words, per language.' },
				}),
			},
			services: {
				type: 'array',
				items: record({
					id: { type: 'string' },
					campus: nullable({ type: 'string' }),
					group: {
						...nullable({ type: 'string' }),
						description: 'The id of its group; null on a site without groups.',
					},
					name: perLanguage,
					state,
					note: nullable(perLanguage),
					since: nullable(instant),
					advice: nullable(perLanguage),
					url: perLanguage,
				}),
			},
			incidents: {
				type: 'array',
				items: record({
					id: { type: 'string' },
					title: perLanguage,
					phase: { enum: [...PHASES] },
					started: instant,
					last_updated: nullable(instant),
					resolved_at: nullable(instant),
					url: perLanguage,
				}),
			},
			latest_update: nullable(
				record({
					id: { type: 'string' },
					incident: { type: 'string' },
					phase: { enum: [...PHASES] },
					published: instant,
					updated: instant,
					title: perLanguage,
					summary: perLanguage,
					translated: { type: 'array', items: { type: 'string' } },
					url: perLanguage,
				}),
			),
			planned: {
				type: 'array',
				description: 'Changes announced ahead of time that have not ended yet, soonest first.',
				items: record({
					service: { type: 'string', description: 'The id of the service it changes.' },
					state,
					note: nullable(perLanguage),
					from: { ...instant, description: 'When the change takes effect.' },
					until: {
						...nullable(instant),
						description:
							'The end of a window, after which the service returns to its earlier state; null for a change that holds.',
					},
					status: { enum: ['scheduled', 'in_progress'], description: 'Still to come, or a window under way.' },
					announced_in: { type: 'string', description: 'The id of the update that announced it.' },
					text: {
						...perLanguage,
						description: 'The change in words, with its times in the site time zone, per language.',
					},
					url: { ...perLanguage, description: 'The update that announced it, per language.' },
				}),
			},
			contacts: record({
				emergency: { type: 'string', description: 'The emergency number, first on every page.' },
				others: {
					type: 'array',
					description: 'The other numbers and places, in the order the pages show them under the emergency number.',
					items: record({
						id: {
							type: 'string',
							description:
								'Its id in site.yaml, by which templates and updates name it (such as info_line or customer_line).',
						},
						label: { ...perLanguage, description: 'The words before it, per language.' },
						phone: nullable({ type: 'string' }),
						email: nullable({ type: 'string' }),
						url: nullable({ type: 'string', format: 'uri' }),
						note: { ...nullable(perLanguage), description: 'A line after it, per language.' },
						places: {
							type: 'array',
							description: 'Places to go to instead, in order.',
							items: record({
								name: { type: 'string' },
								phone: nullable({ type: 'string' }),
								url: nullable({ type: 'string', format: 'uri' }),
							}),
						},
					}),
				},
			}),
		},
	};
}
