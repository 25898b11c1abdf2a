import { inject } from 'vitest';
import { describeQualityGates } from '../quality/gates.ts';

// What a change to content/ alone can break, checked without browsers: the content lane of a
// pull request (`npm run test:content`) runs these after `npm run check` and the build.
describeQualityGates('site built from this repository’s content', () => inject('contentDist'));
