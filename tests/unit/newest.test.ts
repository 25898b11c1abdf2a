import { describe, expect, it } from 'vitest';
import { newestOf } from '../../src/lib/newest.ts';

describe('newestOf', () => {
	it('keeps the newest, newest first, and counts the older ones left out', () => {
		expect(newestOf([1, 2, 3, 4, 5], 3)).toEqual({ newest: [5, 4, 3], older: 2 });
	});

	it('keeps everything when the list is short enough', () => {
		expect(newestOf([1, 2], 3)).toEqual({ newest: [2, 1], older: 0 });
		expect(newestOf([], 3)).toEqual({ newest: [], older: 0 });
	});

	it('leaves the list it was given as it was', () => {
		const oldestFirst = [1, 2, 3];
		newestOf(oldestFirst, 2);
		expect(oldestFirst).toEqual([1, 2, 3]);
	});
});
