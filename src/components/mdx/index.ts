import Callout from './Callout.astro';
import Contact from './Contact.astro';
import ServiceState from './ServiceState.astro';

/** The components an update may use without import (the whitelist in src/lib/content/safe-mdx.ts). */
export const mdxComponents = { Callout, Contact, ServiceState };
