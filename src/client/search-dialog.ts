/**
 * The search dialog's behaviour, loaded when a reader first opens it (see SearchDialog.astro,
 * whose page script only opens the dialog). The search code itself follows on the first keystroke.
 */
export function enhanceSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
  if (dialog.dataset.enhanced) return;
  dialog.dataset.enhanced = 'true';
  const form = dialog.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let enhanced: Promise<{ run: () => void }> | undefined;
  const enhance = () =>
    (enhanced ??= import('./site-search.ts')
      .then((m) => m.enhanceSearchForm(form, { updateUrl: false }))
      .catch((error: unknown) => {
        enhanced = undefined;
        throw error;
      }));
  const start = () => {
    enhance()
      .then((search) => search.run())
      .catch(() => {
        // The search code could not load (offline, or a new deploy): say so, and try again on the next keystroke.
        const status = document.getElementById(form.dataset.status!)!;
        status.textContent = (JSON.parse(form.dataset.strings ?? '{}') as { unavailable?: string }).unavailable ?? '';
        input.addEventListener('input', start, { once: true });
      });
  };
  // A reader quick enough to type before this module arrived gets the query run now.
  if (input.value.trim()) start();
  else input.addEventListener('input', start, { once: true });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog box) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener.focus());
  // In a search box Chromium spends the first Escape on clearing the text; readers expect it to close search.
  dialog.addEventListener('keydown', (event) => {
    // An Escape that cancels an input method's composition is not meant for the dialog.
    if (event.key === 'Escape' && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      dialog.close();
    }
  });
}
