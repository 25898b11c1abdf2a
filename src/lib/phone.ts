/** A `tel:` link for a number as people write it ("+32 9 123 45 00" → "tel:+3291234500"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

/** A number as shown: its spaces do not break, so it never wraps across two lines. */
export function phoneText(number: string): string {
	return number.replace(/ /g, '\u00a0');
}
