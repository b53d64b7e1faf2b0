/**
 * The kiosk slideshow: picks the language from `?lang=`, advances every `?interval=` seconds
 * and loops forever. A clip slide plays its clip muted with the deck's captions showing, and
 * advances when the clip ends, or after `clipSlideSeconds` if it stalls. Once a day it reloads to
 * pick up a new build, but only after the site has answered, so a screen that lost its network
 * keeps showing what it has.
 */

/** Seconds per slide: 12 by default, never faster than 3 or slower than 600. */
export function slideSeconds(value: string | null): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.max(n, 3), 600) : 12;
}

/**
 * The longest a clip slide stays up: the clip's length and a little more for a slow start, never
 * less than a normal slide, and at most ten minutes (a clip that stalls must not stop the screen).
 */
export function clipSlideSeconds(clipSeconds: number, interval: number): number {
  const length = Number.isFinite(clipSeconds) && clipSeconds > 0 ? clipSeconds : 0;
  return Math.min(Math.max(length + 5, interval), 600);
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

/** Plays a clip from the start, muted, with its captions (the deck's language) on screen; `onEnd` once it has played through. */
function playClip(clip: HTMLVideoElement, onEnd: () => void): void {
  clip.muted = true;
  for (const track of clip.textTracks) track.mode = 'showing';
  clip.currentTime = 0;
  clip.onended = onEnd;
  // Muted clips may play without a click; if the browser still refuses, the slide's time limit moves on.
  clip.play().catch(() => undefined);
}

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
  const interval = slideSeconds(params.get('interval'));
  const clipOf = (slide: HTMLElement) => slide.querySelector<HTMLVideoElement>('video[data-kiosk-clip]');
  // A clip that cannot load (offline before it was ever cached) leaves its poster as a picture slide.
  for (const slide of slides) {
    const clip = clipOf(slide);
    clip?.querySelector('source')?.addEventListener('error', () => slide.setAttribute('data-clip-failed', ''));
    if (clip) clip.preload = 'auto';
  }

  let index = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => show((index + 1) % slides.length);
  const show = (i: number) => {
    index = i;
    slides.forEach((slide, n) => slide.toggleAttribute('data-active', n === i));
    document.documentElement.dataset.kioskSlide = String(i);
    for (const slide of slides) if (slide !== slides[i]) clipOf(slide)?.pause();
    const slide = slides[i]!;
    const clip = slide.hasAttribute('data-clip-failed') ? null : clipOf(slide);
    clearTimeout(timer);
    timer = setTimeout(next, (clip ? clipSlideSeconds(Number(slide.dataset.clipSeconds), interval) : interval) * 1000);
    if (clip) playClip(clip, () => index === i && next());
  };
  show(0);

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
