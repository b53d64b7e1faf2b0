/**
 * The widgets other sites can embed, each a page at /<locale>/embed/<name>/: one per collection
 * the registry marks with `appearsIn.widget`, and the search box. Declared once for the widget
 * builder and the /embed.js loader.
 */
import { collectionNames, collections } from '../model/collections.ts';

export const widgetNames = [...collectionNames.filter((name) => collections[name].appearsIn.widget), 'search' as const];

export type WidgetName = (typeof widgetNames)[number];

/** The placeholder's data- attributes that the loader passes on to the widget's address. */
export const widgetOptions = ['accent', 'scheme', 'category', 'stars', 'sector'] as const;
