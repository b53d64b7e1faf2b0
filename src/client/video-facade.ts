/**
 * The click that starts a YouTube, Facebook or TikTok video (see `VideoFacade.astro`): only then
 * does the page load anything from the host, by putting the host's player in place of the poster
 * and moving focus into it. The player's address was made at build time from the video's id
 * (`parseVideoAddress`), and the page's Content-Security-Policy frames that host and no other.
 */

/** Replaces a facade with its player, and returns the player's frame. */
export function playVideo(facade: HTMLElement): HTMLIFrameElement | undefined {
  const src = facade.dataset.playerUrl;
  if (!src) return undefined;
  const frame = document.createElement('iframe');
  frame.className = 'video__player';
  frame.title = facade.dataset.videoTitle ?? '';
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.src = src;
  facade.replaceChildren(frame);
  facade.dataset.videoPlaying = '';
  frame.focus();
  return frame;
}

export function bindVideoFacades(): void {
  for (const facade of document.querySelectorAll<HTMLElement>('[data-video-facade]')) {
    facade.querySelector('button')?.addEventListener('click', () => playVideo(facade), { once: true });
  }
}
