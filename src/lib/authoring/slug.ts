/** A title's first words as an id: lower case, no accents, dashes (`Cyberaanval op AZ` → `cyberaanval-op-az`). */
export function slugOf(title: string, words = 6): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, words)
		.join('-');
}
