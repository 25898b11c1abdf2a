/** A JSON file for other programs: indented with tabs, so people can read it too. */
export function jsonResponse(value: unknown, type = 'application/json'): Response {
	return new Response(`${JSON.stringify(value, null, '\t')}\n`, {
		headers: { 'Content-Type': `${type}; charset=utf-8` },
	});
}
