import { describe, expect, it } from 'vitest';
import { HOSPITAL_STATES } from '../../src/lib/states.ts';
import { segmentsOf } from '../../src/lib/status/segments.ts';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('segmentsOf', () => {
	it('starts open, follows each change and ends at the end', () => {
		expect(
			segmentsOf(
				[
					{ at: at(3), to: 'closed' },
					{ at: at(5), to: 'reduced' },
					{ at: at(8), to: 'open' },
				],
				at(1),
				at(10),
				HOSPITAL_STATES.normal,
			),
		).toEqual([
			{ state: 'open', start: at(1), end: at(3) },
			{ state: 'closed', start: at(3), end: at(5) },
			{ state: 'reduced', start: at(5), end: at(8) },
			{ state: 'open', start: at(8), end: at(10) },
		]);
	});

	it('joins a note-only change into one stretch and clips to the window', () => {
		expect(
			segmentsOf(
				[
					{ at: at(1), to: 'postponed' },
					{ at: at(4), to: 'postponed' },
					{ at: at(20), to: 'open' },
				],
				at(2),
				at(10),
				HOSPITAL_STATES.normal,
			),
		).toEqual([{ state: 'postponed', start: at(2), end: at(10) }]);
	});
});

describe('binnedSegments', () => {
	it('shows each bin in the worst state it saw, so a picture has a bounded number of stretches', async () => {
		const { binnedSegments } = await import('../../src/lib/status/segments.ts');
		const flicker = Array.from({ length: 100 }, (_, index) => ({
			state: index % 2 ? ('closed' as const) : ('open' as const),
			start: new Date(Date.UTC(2026, 0, 1, index)),
			end: new Date(Date.UTC(2026, 0, 1, index + 1)),
		}));
		const binned = binnedSegments(flicker, at(1), new Date(Date.UTC(2026, 0, 5, 4)), 10, HOSPITAL_STATES);
		expect(binned.length).toBeLessThanOrEqual(10);
		expect(binned[0]).toMatchObject({ state: 'closed', start: at(1) });
		expect(binned.at(-1)!.end).toEqual(new Date(Date.UTC(2026, 0, 5, 4)));
	});
});
