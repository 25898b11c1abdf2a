type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
	[K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops keys whose value is undefined, so objects read from files fit `exactOptionalPropertyTypes`. */
export function withoutUndefined<T extends object>(value: T): Defined<T> {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as never;
}
