/** The schemas by role: field building blocks, vocabularies, and one file per collection. */
export * from './fields.ts';
export * from './vocabularies.ts';
export * from './festivals.ts';
export * from './destinations.ts';
export * from './products.ts';
export * from './incentives.ts';
export * from './opportunities.ts';
export * from './parks.ts';
export * from './handbook.ts';
export * from './pages.ts';
export * from './news.ts';
export * from './infographics.ts';
