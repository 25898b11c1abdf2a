import { escapeXml } from './escape.ts';
import type { Tone } from './states.ts';

/** Badge colours per tone: white text on each has at least 4.5:1 contrast. */
const TONE_COLOURS: Record<Tone, string> = {
	ok: '#17692f',
	minor: '#7a5000',
	major: '#a33f00',
	critical: '#b3122a',
};

/** Rough width of text at 11px in a sans-serif font; badges need no exact metrics. */
const textWidth = (text: string) => Math.ceil([...text].length * 6.6) + 12;

/**
 * A status badge in the style partner sites know ("label | state"), accessible: it is an
 * image with a title and a label that say the state in words, so colour is never the only cue.
 */
export function badgeSvg({ label, message, tone }: { label: string; message: string; tone: Tone }): string {
	const left = textWidth(label);
	const right = textWidth(message);
	const width = left + right;
	const title = `${label}: ${message}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeXml(title)}">
<title>${escapeXml(title)}</title>
<rect width="${left}" height="20" fill="#3b424a"/>
<rect x="${left}" width="${right}" height="20" fill="${TONE_COLOURS[tone]}"/>
<g fill="#fff" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${escapeXml(label)}</text>
<text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g>
</svg>
`;
}
