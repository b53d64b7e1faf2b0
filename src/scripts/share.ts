/**
 * The share box's buttons, loaded with the first click on one of them (ShareActions.astro), so a
 * page that is only read runs none of it. The click handler there writes the clipboard itself,
 * while the page still has focus (the Zalo link opens a new tab), and hands over the promise.
 */
export function share(box: HTMLElement, button: HTMLElement, copied: Promise<void> | undefined): void {
  if (copied) {
    copied.then(
      () => {
        const status = box.querySelector<HTMLElement>('[data-share-status]');
        if (status && button.dataset.copied) status.textContent = button.dataset.copied;
      },
      () => undefined,
    );
    return;
  }
  // The system share sheet: its own button, or Zalo on a phone, where the sheet reaches the Zalo app.
  navigator.share({ title: box.dataset.title ?? document.title, url: box.dataset.url ?? location.href }).catch(() => undefined);
}
