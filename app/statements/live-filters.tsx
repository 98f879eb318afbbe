'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/** How long typing in the words field, or keying through a list, pauses before the list follows it. */
const TYPING_PAUSE_MS = 300;
/** A list's change this soon after a key pressed on it was made with keys. */
const KEYED_CHOICE_MS = 1000;

/** The form's filled fields as a query string, in the form's order; the default page size is left out. */
function formQuery(form: HTMLFormElement, defaultPageSize: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (name === 'first' && Number(value) === defaultPageSize) continue;
    query.append(name, value.trim());
  }
  return query.toString();
}

/**
 * The filter form, live: a choice, a date or the page size applies at once, words and a choice
 * keyed through a list apply when the keys pause, and Apply still works. Each applied state is a new URL (pushState), so it can
 * be shared and back and forward step through them; the lists below read the URL through
 * Apollo Client, and the fields follow it. Without JavaScript the same form submits as GET.
 */
export function LiveFilters({
  path,
  defaultPageSize,
  children,
}: {
  path: string;
  /** The page size a URL without `first` means. */
  defaultPageSize: number;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const search = useSearchParams();

  useEffect(() => {
    const form = box.current?.querySelector('form');
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      clearTimeout(timer);
      // A half-typed date waits; the browser names the problem on Apply.
      if (!form.checkValidity()) return;
      const query = formQuery(form, defaultPageSize);
      if (query === window.location.search.replace(/^\?/, '')) return;
      window.history.pushState(null, '', query ? `${path}?${query}` : path);
    };
    const isWords = (target: EventTarget | null) =>
      target instanceof HTMLInputElement && target.type === 'search';
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      if (form.reportValidity()) apply();
    };
    // Arrowing through a closed list changes it at every step: a choice made with keys waits,
    // as words do, for the keys to rest, so the list and the history get the one chosen.
    let keyedAt = Number.NEGATIVE_INFINITY;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLSelectElement) keyedAt = event.timeStamp;
    };
    const onChange = (event: Event) => {
      if (isWords(event.target)) return;
      if (event.target instanceof HTMLSelectElement && event.timeStamp - keyedAt < KEYED_CHOICE_MS) {
        clearTimeout(timer);
        timer = setTimeout(apply, TYPING_PAUSE_MS);
      } else apply();
    };
    const onInput = (event: Event) => {
      if (!isWords(event.target)) return;
      clearTimeout(timer);
      timer = setTimeout(apply, TYPING_PAUSE_MS);
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    form.addEventListener('input', onInput);
    form.addEventListener('keydown', onKeyDown);
    // Says the form now applies as it changes (browser tests wait for it after loading a page).
    box.current?.setAttribute('data-live', '');
    return () => {
      clearTimeout(timer);
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
      form.removeEventListener('keydown', onKeyDown);
    };
  }, [path, defaultPageSize]);

  // Back, forward and links change the URL: the fields show what it says (the one being typed in
  // stays). Not on the first render: the server filled the fields from this URL, and a choice
  // made before the page came alive must stay for Apply.
  const shownSearch = useRef(search.toString());
  useEffect(() => {
    const form = box.current?.querySelector('form');
    if (!form || shownSearch.current === search.toString()) return;
    shownSearch.current = search.toString();
    for (const field of Array.from(form.elements)) {
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
      if (field.type === 'hidden' || field === document.activeElement) continue;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        field.checked = search.getAll(field.name).some((v) => v.toLowerCase() === field.value);
        continue;
      }
      const value = search.get(field.name) ?? (field.name === 'first' ? String(defaultPageSize) : '');
      if (field instanceof HTMLSelectElement) {
        const known = Array.from(field.options).some((o) => o.value === value);
        field.value = known ? value : (field.options[0]?.value ?? '');
      } else field.value = value;
    }
  }, [search, defaultPageSize]);

  return <div ref={box}>{children}</div>;
}
