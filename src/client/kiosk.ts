/**
 * The kiosk slideshow: picks the language from `?lang=`, advances every `?interval=` seconds
 * and loops forever. Once a day it reloads to pick up a new build, but only after the site has
 * answered, so a screen that lost its network keeps showing what it has.
 */

/** Seconds per slide: 12 by default, never faster than 3 or slower than 600. */
export function slideSeconds(value: string | null): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.max(n, 3), 600) : 12;
}

/** Milliseconds from `now` until the next 04:00 in Vietnam (UTC+7), when screens reload. */
export function msUntilDailyReload(now: Date): number {
  const vietnam = new Date(now.getTime() + 7 * 3600_000);
  const next = Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate(), 4) - 7 * 3600_000;
  const at = next > now.getTime() ? next : next + 24 * 3600_000;
  return at - now.getTime();
}

/** Retry after a failed check, while the screen is offline. */
const retryMs = 15 * 60_000;

export function startKiosk(): void {
  const params = new URLSearchParams(location.search);
  // The page has one deck per locale; `?lang=` picks one, anything else gets the default locale's.
  const requested = params.get('lang') ?? '';
  const decks = [...document.querySelectorAll<HTMLElement>('[data-deck]')];
  const deck = decks.find((d) => d.dataset.deck === requested) ?? decks.find((d) => d.hasAttribute('data-default-deck'));
  if (!deck) return;
  deck.hidden = false;
  document.documentElement.lang = deck.lang;
  document.title = deck.getAttribute('aria-label') ?? document.title;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  for (const img of deck.querySelectorAll('img')) img.addEventListener('error', () => img.remove());

  let index = 0;
  const show = (i: number) => {
    slides.forEach((slide, n) => slide.toggleAttribute('data-active', n === i));
    document.documentElement.dataset.kioskSlide = String(i);
  };
  show(0);
  setInterval(
    () => {
      index = (index + 1) % slides.length;
      show(index);
    },
    slideSeconds(params.get('interval')) * 1000,
  );

  const checkForNewBuild = async () => {
    try {
      const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      document.documentElement.dataset.kioskNetwork = 'online';
      location.reload();
    } catch {
      document.documentElement.dataset.kioskNetwork = 'offline';
      setTimeout(checkForNewBuild, retryMs);
    }
  };
  setTimeout(checkForNewBuild, msUntilDailyReload(new Date()));
  // Lets an operator (or a test) ask for the daily check now.
  document.addEventListener('kiosk:check', () => void checkForNewBuild());
}
