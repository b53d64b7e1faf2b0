/**
 * The search box's behaviour. This module is imported only when a reader starts a search, and it
 * loads Pagefind (`<base>pagefind/pagefind.js`) on the first query, so ordinary page views run
 * no search code at all.
 */
import { mergeResults, queryVariants } from '../utils/search.ts';
import { countStatus } from './count-status.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; image?: string; image_alt?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const shownResults = 10;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>)
    .then(async (pf) => {
      // Result URLs are paths in the built folder; the site may be served under a sub-path (BASE_PATH).
      // A destination or festival page is long (programme, tips, map), a news item about it short;
      // Pagefind's default length penalty (0.75) put the short news item first, so it is eased.
      await pf.options({ excerptLength: 24, baseUrl: base, ranking: { pageLength: 0.5 } });
      await pf.init();
      return pf;
    })
    .catch((error: unknown) => {
      // Let the next query try again (the connection may be back).
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}

interface Strings {
  searching: string;
  more: string;
  none: string;
  unavailable: string;
  types: Record<string, string>;
}

/** Wires one search form (in the header dialog or on the search page) to its status line and result list. */
export function enhanceSearchForm(form: HTMLFormElement, options: { updateUrl: boolean }): { run: () => void } {
  const base = form.dataset.searchBase ?? '/';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const type = form.querySelector<HTMLSelectElement>('select[name="type"]');
  const status = document.getElementById(form.dataset.status!)!;
  const list = document.getElementById(form.dataset.results!) as HTMLOListElement;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button button--ghost search-more';
  more.textContent = strings.more;
  more.hidden = true;
  list.after(more);
  let remaining: Array<{ result: PagefindResult }> = [];
  const showNext = async (focusFirst: boolean) => {
    const batch = remaining.splice(0, shownResults);
    const items = (await Promise.all(batch.map((r) => r.result.data()))).map((d) => resultItem(d, strings));
    list.append(...items);
    more.hidden = remaining.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };
  more.addEventListener('click', () => void showNext(true));
  const announceCount = countStatus(form, status);
  const lang = document.documentElement.lang;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const query = input.value.trim();
    const current = ++generation;
    if (options.updateUrl) {
      const params = new URLSearchParams(location.search);
      if (query) params.set('q', query);
      else params.delete('q');
      if (type?.value) params.set('type', type.value);
      else params.delete('type');
      const search = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
    }
    if (!query) {
      list.replaceChildren();
      remaining = [];
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      const pf = await loadPagefind(base);
      const filters = type?.value ? { type: type.value } : undefined;
      const runs = await Promise.all(
        queryVariants(query, lang).map(async (variant) =>
          (await pf.search(variant, filters ? { filters } : {})).results.map((r) => ({ id: r.id, score: r.score, result: r })),
        ),
      );
      const ranked = mergeResults(runs);
      if (current !== generation) return;
      list.replaceChildren();
      remaining = ranked;
      await showNext(false);
      if (current !== generation) return;
      // A function replacement, so "$&" and friends in a query stay literal.
      if (ranked.length === 0) status.textContent = strings.none.replace('{query}', () => query);
      else {
        announceCount(ranked.length);
        status.textContent = status.textContent.replace('{query}', () => query);
      }
    } catch {
      if (current === generation) status.textContent = strings.unavailable;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  // While an input method is composing (Japanese, Chinese, Korean), wait for the finished word.
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    if ((event as InputEvent).isComposing) return;
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  return { run: () => void run() };
}

function resultItem(data: PagefindData, strings: Strings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  if (data.meta.image) {
    const img = document.createElement('img');
    img.src = data.meta.image;
    img.alt = '';
    img.width = 96;
    img.height = 64;
    img.loading = 'lazy';
    item.append(img);
  }
  const body = document.createElement('div');
  const title = document.createElement('a');
  title.href = data.url;
  title.className = 'search-result__title';
  title.textContent = data.meta.title ?? data.url;
  const kind = data.filters.type?.[0];
  const meta = document.createElement('p');
  meta.className = 'card__meta';
  meta.textContent = kind ? (strings.types[kind] ?? kind) : '';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  body.append(title, meta, excerpt);
  item.append(body);
  return item;
}
