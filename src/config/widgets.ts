/**
 * The widgets other sites can embed, each a page at /<locale>/embed/<name>/, declared once for
 * the widget builder and the /embed.js loader.
 */
export const widgetNames = ['festivals', 'products', 'opportunities', 'search'] as const;

export type WidgetName = (typeof widgetNames)[number];

/** The placeholder's data- attributes that the loader passes on to the widget's address. */
export const widgetOptions = ['accent', 'scheme', 'category', 'stars', 'sector'] as const;
