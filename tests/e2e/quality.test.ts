import { inject } from 'vitest';
import { describeQualityGates } from '../quality/gates.ts';

// The demo and a large synthetic site (300 updates in three languages), built once for all browser and quality tests.
describeQualityGates('demo site', () => inject('demoDist'));
describeQualityGates('large site', () => inject('largeDist'));
// A drill's notice is on every page: still valid HTML, and the home page still within its budget.
describeQualityGates('demo site built as a drill', () => inject('demoExerciseDist'));
