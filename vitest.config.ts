import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'announce',
					include: ['tests/announce/**/*.test.ts'],
					// Several tests run announce as its own process, as the deploy does: seconds each on a busy machine.
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/helpers/global-setup.ts'],
					// Each file builds whole sites; on two cores they run best one after another.
					fileParallelism: false,
					testTimeout: 240_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					globalSetup: ['tests/content/global-setup.ts'],
					testTimeout: 240_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/helpers/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
