/** A base path or site address ending in `/`, so relative paths can be appended to it. */
export function withTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}
