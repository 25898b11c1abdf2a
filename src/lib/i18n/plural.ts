/**
 * The forms of a word that depends on a number, by Intl.PluralRules category (`one`, `other`,
 * and `zero`, `two`, `few`, `many` where the language has them), plus `none`: exactly 0, for a
 * language that says "all open" rather than "0 of 7 not normal". `other` is always there; a
 * category a language has but the words leave out takes `other`. No Zod here: the search page's
 * script picks a form in the browser with the same function.
 */
export interface PluralForms {
	none?: string | undefined;
	zero?: string | undefined;
	one?: string | undefined;
	two?: string | undefined;
	few?: string | undefined;
	many?: string | undefined;
	other: string;
}

/** The keys a plural word may have, in the order a words file lists them. */
export const PLURAL_FORM_KEYS = ['none', 'zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The form for `count`: `none` for exactly 0 where there is one, else the language's category, else `other`. */
export function pluralForm(forms: PluralForms, count: number, rules: Intl.PluralRules): string {
	if (count === 0 && forms.none !== undefined) return forms.none;
	return forms[rules.select(count)] ?? forms.other;
}
