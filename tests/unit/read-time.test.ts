import { describe, expect, it } from 'vitest';
import { offsetElsewhere, readTypedTime, readWrittenInstant, type TimeReading } from '../../src/lib/read-time.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { isoWithOffset } from '../../src/lib/time.ts';
import { rawContent } from './helpers/raw-content.ts';

/** The test site's zone (helpers/raw-content.ts): it changes to summer time on 29 March 2026 and back on 25 October. */
const SITE_ZONE = validateContent(rawContent()).content!.site.timeZone;
/** Zones on other offsets and other rules: North America, the southern hemisphere, and a half-hour change. */
const NEW_YORK = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const LORD_HOWE = 'Australia/Lord_Howe';

/** A reading in one line: the instant in the zone's own offset, or the problem and what it names. */
function told(reading: TimeReading, zone: string): string {
	if (reading.kind === 'time')
		return `${isoWithOffset(reading.date, zone)}${reading.repeated ? ` (twice: ${reading.repeated.taken} taken, ${reading.repeated.other} the other)` : ''}`;
	const { kind, ...named } = reading.problem;
	return `${kind} ${Object.values(named).join(' ')}`.trim();
}

describe('the reader of a typed time', () => {
	const now = (zone: string) =>
		new Date(`2026-01-13T10:00:00${isoWithOffset(new Date('2026-01-13T10:00:00Z'), zone).slice(19)}`);

	it.each([
		// The site's zone, clocks forward: 02:00 becomes 03:00.
		[SITE_ZONE, '2026-03-29 01:59', '2026-03-29T01:59:00+01:00'],
		[SITE_ZONE, '2026-03-29 02:00', `skipped 2026-03-29 02:00 ${SITE_ZONE} 02:00 03:00`],
		[SITE_ZONE, '2026-03-29 02:59', `skipped 2026-03-29 02:59 ${SITE_ZONE} 02:00 03:00`],
		[SITE_ZONE, '2026-03-29 03:00', '2026-03-29T03:00:00+02:00'],
		// The site's zone, clocks back: 03:00 becomes 02:00, so 02:00 to 02:59 happen twice.
		[SITE_ZONE, '2026-10-25 01:59', '2026-10-25T01:59:00+02:00'],
		[
			SITE_ZONE,
			'2026-10-25 02:00',
			'2026-10-25T02:00:00+02:00 (twice: 2026-10-25 02:00 +02:00 taken, 2026-10-25 02:00 +01:00 the other)',
		],
		[
			SITE_ZONE,
			'2026-10-25 02:59',
			'2026-10-25T02:59:00+02:00 (twice: 2026-10-25 02:59 +02:00 taken, 2026-10-25 02:59 +01:00 the other)',
		],
		[SITE_ZONE, '2026-10-25 02:30 +01:00', '2026-10-25T02:30:00+01:00'],
		[SITE_ZONE, '2026-10-25T02:30+02:00', '2026-10-25T02:30:00+02:00'],
		[SITE_ZONE, '2026-10-25 03:00', '2026-10-25T03:00:00+01:00'],
		[SITE_ZONE, '2026-07-01 10:00 +01:00', `wrong-offset 2026-07-01 10:00 ${SITE_ZONE} +02:00`],
		// Another offset: New York, clocks forward at 02:00 in March, back at 02:00 in November.
		[NEW_YORK, '2026-03-08 02:30', `skipped 2026-03-08 02:30 ${NEW_YORK} 02:00 03:00`],
		[NEW_YORK, '2026-03-08 03:30', '2026-03-08T03:30:00-04:00'],
		[
			NEW_YORK,
			'2026-11-01 01:30',
			'2026-11-01T01:30:00-04:00 (twice: 2026-11-01 01:30 -04:00 taken, 2026-11-01 01:30 -05:00 the other)',
		],
		[NEW_YORK, '2026-11-01 01:30 -05:00', '2026-11-01T01:30:00-05:00'],
		[NEW_YORK, '2026-11-01 02:30', '2026-11-01T02:30:00-05:00'],
		// The southern hemisphere: forward in October, back in April.
		[SYDNEY, '2026-10-04 02:30', `skipped 2026-10-04 02:30 ${SYDNEY} 02:00 03:00`],
		[
			SYDNEY,
			'2026-04-05 02:30',
			'2026-04-05T02:30:00+11:00 (twice: 2026-04-05 02:30 +11:00 taken, 2026-04-05 02:30 +10:00 the other)',
		],
		// A change of half an hour.
		[LORD_HOWE, '2026-10-04 02:15', `skipped 2026-10-04 02:15 ${LORD_HOWE} 02:00 02:30`],
		[
			LORD_HOWE,
			'2026-04-05 01:45',
			'2026-04-05T01:45:00+11:00 (twice: 2026-04-05 01:45 +11:00 taken, 2026-04-05 01:45 +10:30 the other)',
		],
	])('in %s reads %s as %s', (zone, typed, expected) => {
		expect(told(readTypedTime(typed, now(zone), zone), zone)).toBe(expected);
	});

	it.each([
		['2027-02-29 10:00', 'no-such-day 2027-02-29 2027-02-28'],
		['2028-02-29 10:00', '2028-02-29T10:00:00+01:00'],
		['2026-04-31 10:00', 'no-such-day 2026-04-31 2026-04-30'],
		['2027-02-30 10:00', 'no-such-day 2027-02-30 2027-02-28'],
		['2026-02-30', 'no-such-day 2026-02-30 2026-02-28'],
		['2026-02-03', 'format'],
		['2027-13-01 10:00', 'no-such-month 2027-13-01'],
		['2026-00-10 10:00', 'no-such-month 2026-00-10'],
		['2026-12-08 25:00', 'no-such-time 25:00'],
		['2026-01-13 24:00', 'no-such-time 24:00'],
		['2026-01-13 10:60', 'no-such-time 10:60'],
		['25:00', 'no-such-time 25:00'],
		['2026-01-13 10:00 +15:00', 'no-such-offset +15:00'],
		['13/01/2026 16:00', 'format'],
		['morgen', 'format'],
		// Today once it is later than now, tomorrow once it has passed; from now, by hours or minutes.
		['16:00', '2026-01-13T16:00:00+01:00'],
		['16.00', '2026-01-13T16:00:00+01:00'],
		['09:00', '2026-01-14T09:00:00+01:00'],
		['+4h', '2026-01-13T14:00:00+01:00'],
		['+30m', '2026-01-13T10:30:00+01:00'],
		['2026-01-13T16:00', '2026-01-13T16:00:00+01:00'],
	])('refuses a day or an hour that does not exist: %s is %s', (typed, expected) => {
		expect(told(readTypedTime(typed, now(SITE_ZONE), SITE_ZONE), SITE_ZONE)).toBe(expected);
	});

	it('reads a time from now to the minute, as a person writes it, never later than asked', () => {
		const odd = new Date('2026-01-13T05:03:47.250+01:00');
		expect(told(readTypedTime('+2h', odd, SITE_ZONE), SITE_ZONE)).toBe('2026-01-13T07:03:00+01:00');
		expect(told(readTypedTime('+0h', odd, SITE_ZONE), SITE_ZONE)).toBe('2026-01-13T05:03:00+01:00');
	});

	it('refuses a time of day that falls tomorrow in the hour the clocks skip', () => {
		const eve = new Date('2026-03-28T12:00:00+01:00');
		expect(told(readTypedTime('02:30', eve, SITE_ZONE), SITE_ZONE)).toBe(
			`skipped 2026-03-29 02:30 ${SITE_ZONE} 02:00 03:00`,
		);
	});
});

describe('the reader of a time written in a file', () => {
	it.each([
		['2026-01-13T09:15:00+01:00', '2026-01-13T08:15:00.000Z'],
		['2026-01-13T09:15:00.5+01:00', '2026-01-13T08:15:00.500Z'],
		['2026-01-13T09:15Z', '2026-01-13T09:15:00.000Z'],
		['2026-02-30T10:00:00+01:00', 'no-such-day 2026-02-30 2026-02-28'],
		['2026-13-01T10:00:00+01:00', 'no-such-month 2026-13-01'],
		['2026-01-01T24:00:00Z', 'no-such-time 24:00'],
		['2026-01-01T10:00:60Z', 'no-such-time 10:00:60'],
		['2026-01-01T10:00:00+15:00', 'no-such-offset +15:00'],
		['2026-01-13T09:15', 'format'],
	])('reads %s as %s', (written, expected) => {
		const read = readWrittenInstant(written);
		expect('date' in read ? read.date.toISOString() : told({ kind: 'problem', problem: read.problem }, SITE_ZONE)).toBe(
			expected,
		);
	});

	it('says when a written offset is not the zone’s at that moment, and what pages show instead', () => {
		expect(offsetElsewhere('2026-07-01T10:00:00+01:00', SITE_ZONE)).toEqual({ shownAs: '2026-07-01T11:00:00+02:00' });
		expect(offsetElsewhere('2026-03-29T02:30:00+01:00', SITE_ZONE)).toEqual({ shownAs: '2026-03-29T03:30:00+02:00' });
		expect(offsetElsewhere('2026-07-01T10:00:00+02:00', SITE_ZONE)).toBeUndefined();
		expect(offsetElsewhere('2026-07-01T08:00:00Z', SITE_ZONE)).toBeUndefined();
	});
});
