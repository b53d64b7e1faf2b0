/**
 * Filter forms work only with script (CSS hides them where it is off). This loads a form's code
 * when the reader first reaches for it (focus, pointer, a change), or at once when the address
 * already carries one of its filters, as a shared filtered view does. Until then the page runs no
 * filter code at all.
 */
export function whenUsed(formSelector: string, start: () => Promise<unknown>): void {
  const form = document.querySelector<HTMLFormElement>(formSelector);
  if (!form) return;
  const names = [...form.elements].map((element) => (element as HTMLInputElement).name).filter(Boolean);
  const params = new URLSearchParams(location.search);
  if (names.some((name) => params.has(name))) {
    void start();
    return;
  }
  const events = ['focusin', 'pointerdown', 'input', 'change'] as const;
  const begin = () => {
    for (const type of events) form.removeEventListener(type, begin, true);
    void start();
  };
  for (const type of events) form.addEventListener(type, begin, true);
}
