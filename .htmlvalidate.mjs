// html-validate runs over every built page in the tests (tests/build/quality.test.ts).
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro inlines each page's CSS in <style> elements on purpose: one response per page.
		'no-inline-style': 'off',
		// Formatting of Astro's output (<meta ...> without a slash, boolean attributes), not correctness.
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		'no-trailing-whitespace': 'off',
		// Update titles are the press office's headlines plus the organisation's name; a tab or a
		// bookmark shows the start, and cutting a headline would change what it says.
		'long-title': ['error', { maxlength: 140 }],
	},
};
