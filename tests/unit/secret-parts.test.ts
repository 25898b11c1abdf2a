import { describe, expect, it } from 'vitest';
import { quoteAnswer, redactor, secretParts } from '../../src/lib/secrets/secret-parts.ts';

describe('the parts of a secret that no output may show', () => {
	it('takes every part of a secret address that is not a word the service documents', () => {
		expect(
			secretParts(
				'https://hook-user:hook-pass@hooks.example.org/services/T0A1B2C3/B9Z8Y7/xyzSecret?sig=s1gn%2Fature#frag-01',
			),
		).toMatchInlineSnapshot(`
			[
			  "https://hook-user:hook-pass@hooks.example.org/services/T0A1B2C3/B9Z8Y7/xyzSecret?sig=s1gn%2Fature#frag-01",
			  "hook-user",
			  "hook-pass",
			  "aG9vay11c2VyOmhvb2stcGFzcw==",
			  "aG9vay11c2VyOmhvb2stcGFzcw%3D%3D",
			  "T0A1B2C3",
			  "B9Z8Y7",
			  "xyzSecret",
			  "s1gn%2Fature",
			  "s1gn/ature",
			  "frag-01",
			]
		`);
	});

	it('keeps the words a Teams workflow address shows every customer, and a token whole', () => {
		const teams =
			'https://prod-12.westeurope.logic.azure.com:443/workflows/4f1d0c2a9b/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Zm9vYmFyYmF6';
		expect(secretParts(teams).slice(1)).toEqual(['4f1d0c2a9b', 'Zm9vYmFyYmF6']);
		expect(secretParts('tk_a1b2c3d4')).toEqual(['tk_a1b2c3d4']);
		// Three characters give nothing away, and hiding every "abc" would garble the output.
		expect(secretParts('abc')).toEqual([]);
	});

	it('hides every part wherever it stands, the longest first, an escape in either case', () => {
		const redact = redactor(['https://example.org/hooks/se%2Fcret-path/run', 'token-1234']);
		expect(redact('POST /hooks/se%2fcret-path/run said: Bearer token-1234; path se/cret-path')).toBe(
			'POST /hooks/***/run said: Bearer ***; path ***',
		);
		// Case counts elsewhere: a user name "lantern" does not hide LANTERN_SMTP_USER.
		expect(redactor(['lantern'])('LANTERN_SMTP_USER lantern')).toBe('LANTERN_SMTP_USER ***');
		expect(redactor([])('nothing to hide')).toBe('nothing to hide');
	});

	it('quotes a server’s answer on one line, hidden before it is cut, so a secret at the cut never shows in part', () => {
		const redact = redactor(['secret-value-99']);
		const answer = `${'x'.repeat(150)}\n\n Cannot POST /hooks/secret-value-99/teams`;
		const quoted = quoteAnswer(answer, redact, 160);
		expect(quoted).toBe(`${'x'.repeat(150)} Cannot P…`);
		expect(quoteAnswer(' Cannot POST /hooks/secret-value-99 ', redact)).toBe('Cannot POST /hooks/***');
	});
});
