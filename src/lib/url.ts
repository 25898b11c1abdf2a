/** A base path or site address ending in `/`, so relative paths can be appended to it. */
export function withTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** A web address as a reader sees it in a text: without `https://`, which only makes it longer. */
export function addressText(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
