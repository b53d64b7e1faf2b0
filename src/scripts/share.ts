/** The share box's buttons: copy the link, the system share sheet, and Zalo via the clipboard. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function startShareActions(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset.url ?? location.href;
    const title = box.dataset.title ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string | undefined) => {
      if (status && text) status.textContent = text;
    };
    const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
    const copyButton = box.querySelector<HTMLButtonElement>('[data-share-copy]');
    copyButton?.addEventListener('click', async () => {
      if (await copy(url)) say(copyButton.dataset.copied);
    });
    const zalo = box.querySelector<HTMLAnchorElement>('[data-share-zalo]');
    zalo?.addEventListener('click', (event) => {
      // On a phone the system share sheet reaches the Zalo app directly.
      if (typeof navigator.share === 'function') {
        event.preventDefault();
        navigator.share({ title, url }).catch(() => undefined);
        return;
      }
      void copy(url).then((ok) => ok && say(zalo.dataset.copied));
    });
  }
}
