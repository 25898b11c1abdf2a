import { describe, expect, it } from 'vitest';
import { swimlaneLayout } from '../../src/lib/pictures/swimlane-layout.ts';
import { HOSPITAL_STATES } from '../../src/lib/states.ts';
import type { StateSegment } from '../../src/lib/status/segments.ts';

const hour = (hours: number) => new Date(Date.UTC(2026, 2, 2) + hours * 3_600_000);
const open = (from: number, to: number): StateSegment => ({ state: 'open', start: hour(from), end: hour(to) });
const closed = (from: number, to: number): StateSegment => ({ state: 'closed', start: hour(from), end: hour(to) });
const reduced = (from: number, to: number): StateSegment => ({ state: 'reduced', start: hour(from), end: hour(to) });
const lane = (id: string, ...segments: StateSegment[]) => ({ id, segments });
/** From midnight (UTC) on 2 March for four days: a day is a quarter of the width. */
const FOUR_DAYS = { start: hour(0), end: hour(96), timeZone: 'UTC' };

describe('swimlaneLayout', () => {
	it('draws only services that were not open all along, and only campuses that have one', () => {
		const layout = swimlaneLayout(
			[
				{ id: 'noord', lanes: [lane('lab', open(0, 24), closed(24, 96)), lane('shop', open(0, 96))] },
				{ id: 'zuid', lanes: [lane('visiting', open(0, 96))] },
				{ id: '', lanes: [lane('phones', reduced(0, 48), open(48, 96))] },
			],
			FOUR_DAYS,
			HOSPITAL_STATES,
		);
		expect(layout.rows.map((row) => [row.id, row.lanes.map((placed) => placed.id)])).toEqual([
			['noord', ['lab']],
			['', ['phones']],
		]);
		expect(layout.laneCount).toBe(2);
		expect(layout.legend).toEqual([
			{ tone: 'ok', states: ['open'] },
			{ tone: 'minor', states: ['reduced'] },
			{ tone: 'critical', states: ['closed'] },
		]);
	});

	it('stacks campus headings and lanes below the time axis and adds up the height', () => {
		const layout = swimlaneLayout(
			[
				{ id: 'noord', lanes: [lane('lab', closed(0, 96)), lane('xray', closed(0, 96))] },
				{ id: 'zuid', lanes: [lane('ward', closed(0, 96))] },
			],
			FOUR_DAYS,
			HOSPITAL_STATES,
		);
		const [noord, zuid] = layout.rows;
		expect([noord!.y, noord!.nameY]).toEqual([24, 44]);
		expect(noord!.lanes.map(({ y, nameY, barY }) => ({ y, nameY, barY }))).toEqual([
			{ y: 52, nameY: 65, barY: 70 },
			{ y: 94, nameY: 107, barY: 112 },
		]);
		expect([zuid!.y, zuid!.lanes[0]!.y]).toEqual([136, 164]);
		expect(layout.height).toBe(206);
		expect(layout.barHeight).toBe(14);
	});

	it('places each stretch in percent of the time span, with a sliver for a very short one', () => {
		const [row] = swimlaneLayout(
			[{ id: 'noord', lanes: [lane('lab', open(0, 24), closed(24, 24.01), reduced(24.01, 96))] }],
			FOUR_DAYS,
			HOSPITAL_STATES,
		).rows;
		const [before, blink, after] = row!.lanes[0]!.bars;
		expect(before).toEqual({ state: 'open', x: 0, width: 25 });
		expect(blink!.x).toBe(25);
		expect(blink!.width).toBe(0.2);
		expect(after!.state).toBe('reduced');
		expect(after!.x + after!.width).toBeCloseTo(100);
	});

	it('marks midnights, and ends the labels near the right edge at their tick', () => {
		// From noon on 2 March to 06:00 on 5 March: midnights at 12, 36 and 60 of 66 hours.
		const { ticks } = swimlaneLayout([], { start: hour(12), end: hour(78), timeZone: 'UTC' }, HOSPITAL_STATES);
		expect(ticks.map((tick) => tick.date)).toEqual([hour(24), hour(48), hour(72)]);
		expect(ticks.map((tick) => tick.x.toFixed(2))).toEqual(['18.18', '54.55', '90.91']);
		expect(ticks.map(({ anchor, dx }) => ({ anchor, dx }))).toEqual([
			{ anchor: 'start', dx: 4 },
			{ anchor: 'start', dx: 4 },
			{ anchor: 'end', dx: -4 },
		]);
	});

	it('draws nothing when no service was disrupted', () => {
		const layout = swimlaneLayout([{ id: 'noord', lanes: [lane('lab', open(0, 96))] }], FOUR_DAYS, HOSPITAL_STATES);
		expect(layout.rows).toEqual([]);
		expect(layout.laneCount).toBe(0);
		expect(layout.height).toBe(24);
	});
});
