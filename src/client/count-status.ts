/**
 * Rewrites a list's "N items" status line after client-side filtering, with the locale's plural
 * rules. The templates come from the page (`data-count-templates`), one per plural category.
 */
export function countStatus(source: HTMLElement, status: HTMLElement): (shown: number) => void {
  const templates = JSON.parse(source.dataset.countTemplates ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(source.dataset.pluralLocale);
  return (shown) => {
    status.textContent = (templates[rules.select(shown)] ?? templates.other ?? '{n}').replace('{n}', String(shown));
    status.dataset.count = String(shown);
  };
}
