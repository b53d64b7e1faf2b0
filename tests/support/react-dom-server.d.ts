// react-dom ships no types and @types/react-dom is not installed; the preview tests need only this.
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactNode): string;
}
