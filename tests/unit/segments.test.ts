import { describe, expect, it } from 'vitest';
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
			),
		).toEqual([{ state: 'postponed', start: at(2), end: at(10) }]);
	});
});
