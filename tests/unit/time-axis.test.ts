import { describe, expect, it } from 'vitest';
import { HOSPITAL_STATES, legendOf } from '../../src/lib/states.ts';
import { isoWithOffset } from '../../src/lib/time.ts';
import { dayTicks, localMidnight } from '../../src/lib/time-axis.ts';

const BRUSSELS = 'Europe/Brussels';
const iso = (dates: Date[]) => dates.map((date) => isoWithOffset(date, BRUSSELS));

describe('dayTicks', () => {
	it('marks each midnight of the site’s time zone in a short incident', () => {
		const ticks = dayTicks(new Date('2026-01-13T06:32:00+01:00'), new Date('2026-01-16T12:00:00+01:00'), BRUSSELS);
		expect(iso(ticks)).toEqual(['2026-01-14T00:00:00+01:00', '2026-01-15T00:00:00+01:00', '2026-01-16T00:00:00+01:00']);
	});

	it('spaces the marks out so that there are never more than asked for', () => {
		const start = new Date('2026-01-13T06:32:00+01:00');
		const tenDays = dayTicks(start, new Date('2026-01-23T06:32:00+01:00'), BRUSSELS);
		expect(iso(tenDays)).toEqual([
			'2026-01-14T00:00:00+01:00',
			'2026-01-16T00:00:00+01:00',
			'2026-01-18T00:00:00+01:00',
			'2026-01-20T00:00:00+01:00',
			'2026-01-22T00:00:00+01:00',
		]);
		const fiveWeeks = dayTicks(start, new Date('2026-02-18T12:00:00+01:00'), BRUSSELS);
		expect(iso(fiveWeeks)).toEqual([
			'2026-01-14T00:00:00+01:00',
			'2026-01-21T00:00:00+01:00',
			'2026-01-28T00:00:00+01:00',
			'2026-02-04T00:00:00+01:00',
			'2026-02-11T00:00:00+01:00',
			'2026-02-18T00:00:00+01:00',
		]);
		// A mark may fall in the part of a day past the last full step: at most one more than asked for.
		for (const days of [1, 3, 9, 30, 100, 400]) {
			const ticks = dayTicks(start, new Date(start.getTime() + days * 86_400_000), BRUSSELS, 4);
			expect([days, ticks.length <= 5]).toEqual([days, true]);
		}
	});

	it('keeps midnight across a change to summer time, and has no mark within a day that crosses none', () => {
		const ticks = dayTicks(new Date('2026-03-28T12:00:00+01:00'), new Date('2026-03-31T12:00:00+02:00'), BRUSSELS);
		expect(iso(ticks)).toEqual(['2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', '2026-03-31T00:00:00+02:00']);
		expect(dayTicks(new Date('2026-03-02T09:00:00+01:00'), new Date('2026-03-02T15:00:00+01:00'), BRUSSELS)).toEqual(
			[],
		);
		expect(localMidnight(2026, 10, 25, BRUSSELS).toISOString()).toBe('2026-10-24T22:00:00.000Z');
	});
});

describe('legendOf', () => {
	it('gives each fill that appears with its states, from open to the worst', () => {
		expect(
			legendOf(HOSPITAL_STATES, ['unavailable', 'open', 'no-ambulance', 'delays', 'postponed', 'reduced']),
		).toEqual([
			{ tone: 'ok', states: ['open'] },
			{ tone: 'minor', states: ['delays', 'reduced'] },
			{ tone: 'major', states: ['no-ambulance'] },
			{ tone: 'critical', states: ['postponed', 'unavailable'] },
		]);
		expect(legendOf(HOSPITAL_STATES, [])).toEqual([]);
	});
});
