import { legendOf, type StateSet } from '../states.ts';
import type { StateSegment } from '../status/segments.ts';
import { dayTicks } from '../time-axis.ts';

// Heights are in pixels, so the text stays at reading size; positions along the time axis are
// percentages of the width, so the picture fills any width.
const AXIS_HEIGHT = 24;
const CAMPUS_HEIGHT = 28;
const NAME_HEIGHT = 18;
const BAR_HEIGHT = 14;
const LANE_HEIGHT = NAME_HEIGHT + BAR_HEIGHT + 10;
/** Baselines of the names below the top of their row, for 13 px text. */
const CAMPUS_NAME_BASELINE = 20;
const LANE_NAME_BASELINE = 13;
/** A stretch too short to see at this scale still gets a sliver, so no change goes unseen. */
const MIN_BAR_WIDTH = 0.2;
/** Beyond this share of the width a tick's label would run off the edge: it ends at its tick instead. */
const LABEL_FLIP_AT = 85;
const LABEL_GAP = 4;

export interface SwimlaneBar {
	state: StateSegment['state'];
	/** Left edge and width, in percent of the picture's width. */
	x: number;
	width: number;
}

export interface SwimlaneTick {
	date: Date;
	/** Percent of the picture's width. */
	x: number;
	/** Which way the label runs from its tick, and its offset in pixels. */
	anchor: 'start' | 'end';
	dx: number;
}

/** A section of the picture (a campus) with its lanes (services), each with its stretches of state. */
export interface SwimlaneSection {
	lanes: readonly { segments: readonly StateSegment[] }[];
}

export type PlacedLane<Section extends SwimlaneSection> = Section['lanes'][number] & {
	y: number;
	nameY: number;
	barY: number;
	bars: SwimlaneBar[];
};

export type PlacedRow<Section extends SwimlaneSection> = Omit<Section, 'lanes'> & {
	y: number;
	nameY: number;
	lanes: PlacedLane<Section>[];
};

export interface SwimlaneLayout<Section extends SwimlaneSection> {
	/** The sections with a lane for each service that was not open all along; sections without one are left out. */
	rows: PlacedRow<Section>[];
	laneCount: number;
	/** Total height in pixels. */
	height: number;
	barHeight: number;
	/** Midnights in the site's time zone, few enough for a phone. */
	ticks: SwimlaneTick[];
	legend: ReturnType<typeof legendOf>;
}

/**
 * Where everything goes in the picture of an incident: campus by campus, a lane per service,
 * from `start` to `end`. The sections and lanes keep their own fields for the page to name them.
 */
export function swimlaneLayout<Section extends SwimlaneSection>(
	sections: readonly Section[],
	span: { start: Date; end: Date; timeZone: string },
	states: StateSet,
): SwimlaneLayout<Section> {
	const from = span.start.getTime();
	const length = span.end.getTime() - from;
	const percent = (date: Date) => ((date.getTime() - from) / length) * 100;

	let y = AXIS_HEIGHT;
	const rows = sections.flatMap((section) => {
		const disrupted = section.lanes.filter((lane) => lane.segments.some((segment) => segment.state !== states.normal));
		if (disrupted.length === 0) return [];
		const rowY = y;
		y += CAMPUS_HEIGHT;
		const lanes = disrupted.map((lane) => {
			const laneY = y;
			y += LANE_HEIGHT;
			const bars = lane.segments.map((segment) => ({
				state: segment.state,
				x: percent(segment.start),
				width: Math.max(MIN_BAR_WIDTH, percent(segment.end) - percent(segment.start)),
			}));
			return { ...lane, y: laneY, nameY: laneY + LANE_NAME_BASELINE, barY: laneY + NAME_HEIGHT, bars };
		});
		return [{ ...section, y: rowY, nameY: rowY + CAMPUS_NAME_BASELINE, lanes }];
	});
	const lanes = rows.flatMap((row) => row.lanes);

	return {
		rows,
		laneCount: lanes.length,
		height: y,
		barHeight: BAR_HEIGHT,
		ticks: dayTicks(span.start, span.end, span.timeZone).map((date) => {
			const x = percent(date);
			return x > LABEL_FLIP_AT
				? { date, x, anchor: 'end', dx: -LABEL_GAP }
				: { date, x, anchor: 'start', dx: LABEL_GAP };
		}),
		legend: legendOf(
			states,
			lanes.flatMap((lane) => lane.segments.map((segment) => segment.state)),
		),
	};
}
