/**
 * A JSON Schema (draft 2020-12) of GitHub's issue-form syntax, written from GitHub's documentation
 * ("Syntax for issue forms" and "Syntax for GitHub's form schema"). The git host rejects a form
 * that breaks these rules without saying much: the form simply does not appear in the chooser.
 * What a schema cannot say (ids and labels unique across the form) the test checks beside it.
 */

const text = { type: 'string', minLength: 1 } as const;
/** Letters, digits, `-` and `_` only; GitHub uses the id in prefill URLs. */
const id = { type: 'string', pattern: '^[A-Za-z0-9_-]+$' } as const;
const required = {
	type: 'object',
	properties: { required: { type: 'boolean' } },
	additionalProperties: false,
} as const;

function element(type: string, attributes: object, options: { id: boolean; validations: boolean }) {
	return {
		type: 'object',
		required: ['type', 'attributes'],
		properties: {
			type: { const: type },
			...(options.id ? { id } : {}),
			attributes,
			...(options.validations ? { validations: required } : {}),
		},
		additionalProperties: false,
	};
}

const labelled = { label: text, description: { type: 'string' } };

const markdown = element(
	'markdown',
	{ type: 'object', required: ['value'], properties: { value: text }, additionalProperties: false },
	{ id: false, validations: false },
);
const textarea = element(
	'textarea',
	{
		type: 'object',
		required: ['label'],
		properties: { ...labelled, placeholder: { type: 'string' }, value: { type: 'string' }, render: text },
		additionalProperties: false,
	},
	{ id: true, validations: true },
);
const input = element(
	'input',
	{
		type: 'object',
		required: ['label'],
		properties: { ...labelled, placeholder: { type: 'string' }, value: { type: 'string' } },
		additionalProperties: false,
	},
	{ id: true, validations: true },
);
const dropdown = element(
	'dropdown',
	{
		type: 'object',
		required: ['label', 'options'],
		properties: {
			...labelled,
			multiple: { type: 'boolean' },
			// "None" is the git host's own answer for an unanswered list, so no option may be called that.
			options: { type: 'array', minItems: 1, uniqueItems: true, items: { ...text, not: { const: 'None' } } },
			default: { type: 'integer', minimum: 0 },
		},
		additionalProperties: false,
	},
	{ id: true, validations: true },
);
const checkboxes = element(
	'checkboxes',
	{
		type: 'object',
		required: ['label', 'options'],
		properties: {
			...labelled,
			options: {
				type: 'array',
				minItems: 1,
				items: {
					type: 'object',
					required: ['label'],
					properties: { label: text, required: { type: 'boolean' } },
					additionalProperties: false,
				},
			},
		},
		additionalProperties: false,
	},
	{ id: true, validations: false },
);

const listOrCommaText = {
	oneOf: [{ type: 'array', items: text }, { type: 'string' }],
};

export const issueFormSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	title: 'GitHub issue form',
	type: 'object',
	required: ['name', 'description', 'body'],
	properties: {
		name: text,
		description: text,
		title: { type: 'string' },
		labels: listOrCommaText,
		assignees: listOrCommaText,
		projects: listOrCommaText,
		type: text,
		// A form needs at least one element that is not Markdown; ours always have many.
		body: {
			type: 'array',
			minItems: 1,
			items: { oneOf: [markdown, textarea, input, dropdown, checkboxes] },
			contains: { type: 'object', properties: { type: { not: { const: 'markdown' } } } },
		},
	},
	additionalProperties: false,
} as const;
