/**
 * JSON Schemas of Atlassian Statuspage's public API v2 documents, written from its
 * documentation: the fields and vocabularies tools written for Statuspage rely on.
 */
const instant = { type: 'string', format: 'date-time' } as const;
const nullableInstant = { anyOf: [instant, { type: 'null' }] } as const;
const componentStatus = {
	enum: ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'],
} as const;
const incidentStatus = { enum: ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] } as const;

const page = {
	type: 'object',
	required: ['id', 'name', 'url', 'time_zone', 'updated_at'],
	properties: {
		id: { type: 'string', minLength: 1 },
		name: { type: 'string', minLength: 1 },
		url: { type: 'string', format: 'uri' },
		time_zone: { type: 'string' },
		updated_at: instant,
	},
} as const;

const status = {
	type: 'object',
	required: ['indicator', 'description'],
	properties: { indicator: { enum: ['none', 'minor', 'major', 'critical'] }, description: { type: 'string' } },
} as const;

const component = {
	type: 'object',
	required: [
		'id',
		'name',
		'status',
		'created_at',
		'updated_at',
		'position',
		'description',
		'showcase',
		'start_date',
		'group_id',
		'page_id',
		'group',
		'only_show_if_degraded',
	],
	properties: {
		id: { type: 'string' },
		name: { type: 'string' },
		status: componentStatus,
		created_at: instant,
		updated_at: instant,
		position: { type: 'integer' },
		description: { type: ['string', 'null'] },
		showcase: { type: 'boolean' },
		start_date: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
		group_id: { type: ['string', 'null'] },
		page_id: { type: 'string' },
		group: { type: 'boolean' },
		only_show_if_degraded: { type: 'boolean' },
		components: { type: 'array', items: { type: 'string' } },
	},
} as const;

const incidentUpdate = {
	type: 'object',
	required: ['id', 'status', 'body', 'incident_id', 'created_at', 'updated_at', 'display_at', 'affected_components'],
	properties: {
		id: { type: 'string' },
		status: incidentStatus,
		body: { type: 'string' },
		incident_id: { type: 'string' },
		created_at: instant,
		updated_at: instant,
		display_at: instant,
		affected_components: {
			anyOf: [
				{ type: 'null' },
				{
					type: 'array',
					items: {
						type: 'object',
						required: ['code', 'name', 'old_status', 'new_status'],
						properties: {
							code: { type: 'string' },
							name: { type: 'string' },
							old_status: componentStatus,
							new_status: componentStatus,
						},
					},
				},
			],
		},
	},
} as const;

const incident = {
	type: 'object',
	required: [
		'id',
		'name',
		'status',
		'impact',
		'created_at',
		'updated_at',
		'started_at',
		'monitoring_at',
		'resolved_at',
		'shortlink',
		'page_id',
		'incident_updates',
		'components',
	],
	properties: {
		id: { type: 'string' },
		name: { type: 'string' },
		status: incidentStatus,
		impact: { enum: ['none', 'minor', 'major', 'critical'] },
		created_at: instant,
		updated_at: instant,
		started_at: instant,
		monitoring_at: nullableInstant,
		resolved_at: nullableInstant,
		shortlink: { type: 'string', format: 'uri' },
		page_id: { type: 'string' },
		incident_updates: { type: 'array', items: incidentUpdate },
		components: { type: 'array', items: component },
	},
} as const;

/** A scheduled maintenance: an incident's fields with Statuspage's maintenance statuses, impact and window. */
const maintenanceStatus = { enum: ['scheduled', 'in_progress', 'verifying', 'completed'] } as const;
const maintenance = {
	type: 'object',
	required: [...incident.required, 'scheduled_for', 'scheduled_until'],
	properties: {
		...incident.properties,
		status: maintenanceStatus,
		impact: { enum: ['none', 'minor', 'major', 'critical', 'maintenance'] },
		incident_updates: {
			type: 'array',
			minItems: 1,
			items: { ...incidentUpdate, properties: { ...incidentUpdate.properties, status: maintenanceStatus } },
		},
		scheduled_for: instant,
		scheduled_until: instant,
	},
} as const;
const maintenances = { type: 'array', items: maintenance } as const;
const envelope = (properties: Record<string, unknown>) => ({
	type: 'object',
	required: ['page', ...Object.keys(properties)],
	properties: { page, ...properties },
});

export const STATUSPAGE_SCHEMAS: Record<string, object> = {
	summary: envelope({
		components: { type: 'array', items: component },
		incidents: { type: 'array', items: incident },
		scheduled_maintenances: maintenances,
		status,
	}),
	status: envelope({ status }),
	components: envelope({ components: { type: 'array', items: component } }),
	incidents: envelope({ incidents: { type: 'array', items: incident } }),
	'incidents/unresolved': envelope({ incidents: { type: 'array', items: incident } }),
	'scheduled-maintenances': envelope({ scheduled_maintenances: maintenances }),
	'scheduled-maintenances/upcoming': envelope({ scheduled_maintenances: maintenances }),
	'scheduled-maintenances/active': envelope({ scheduled_maintenances: maintenances }),
};
