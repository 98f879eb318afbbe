'use client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { searchKeys, termOf, withChoice, type KeyChoice, type PickerKind } from './key-search';
import styles from './desk.module.css';

interface KeyPickerProps {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  maxLength?: number;
  kind: PickerKind;
  /** A comma-separated list of keys (Targets, Actors) rather than one. */
  multiple?: boolean;
  defaultValue?: string;
}

/** Nothing the picker reads from outside changes: see `enhanced`. */
const noChange = () => () => {};

/** How long typing must pause before a search is sent, in milliseconds. */
const PAUSE = 250;

type Search =
  | { state: 'idle' }
  | { state: 'searching'; term: string }
  | { state: 'done'; term: string; found: KeyChoice[] };

/**
 * A text field for actor or source keys. Without JavaScript it stays a plain text input; with it,
 * it becomes a WAI-ARIA combobox whose list of suggestions is searched as the analyst types
 * (debounced, a stale search cancelled), chosen with the arrow keys and Enter, closed with Escape,
 * and whose count of results, or "no match", a screen reader hears from a status line.
 */
export function KeyPicker({ kind, multiple = false, defaultValue = '', ...field }: KeyPickerProps) {
  const client = useApolloClient();
  // False in the server's HTML and while hydrating, true once the script runs in the browser.
  const enhanced = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const [value, setValue] = useState(defaultValue);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; abort?: AbortController }>({});

  // A search still pending when the field goes (the form sent and remounted) is dropped.
  useEffect(() => {
    const current = pending;
    return () => {
      clearTimeout(current.current.timer);
      current.current.abort?.abort();
    };
  }, []);

  function cancel() {
    clearTimeout(pending.current.timer);
    pending.current.abort?.abort();
    pending.current = {};
  }

  function searchFor(text: string) {
    cancel();
    const term = termOf(text, multiple);
    setActive(-1);
    if (!term) {
      setSearch({ state: 'idle' });
      setOpen(false);
      return;
    }
    setSearch({ state: 'searching', term });
    setOpen(true);
    const abort = new AbortController();
    pending.current = {
      abort,
      timer: setTimeout(() => {
        searchKeys(client, kind, term, abort.signal).then(
          (found) => {
            if (!abort.signal.aborted) setSearch({ state: 'done', term, found });
          },
          () => {
            if (!abort.signal.aborted) setSearch({ state: 'done', term, found: [] });
          },
        );
      }, PAUSE),
    };
  }

  function choose(choice: KeyChoice) {
    cancel();
    setValue(withChoice(value, choice.key, multiple));
    setSearch({ state: 'idle' });
    setOpen(false);
    setActive(-1);
  }

  const found = search.state === 'done' ? search.found : [];
  const listed = open && found.length > 0;
  const listId = `${field.id}-choices`;
  const optionId = (i: number) => `${field.id}-choice-${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        // Reopened lists land on a suggestion, so one key press reaches a choice.
        if (found.length) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : found.length - 1);
        } else searchFor(value);
        return;
      }
      if (!found.length) return;
      const last = found.length - 1;
      if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter' && listed && active >= 0 && found[active]) {
      // Enter picks the suggestion; with none picked it sends the form, as in any text field.
      event.preventDefault();
      choose(found[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      cancel();
      setOpen(false);
      setActive(-1);
    }
  }

  // Without a script the field is a plain text input for keys; the same element takes the
  // combobox's roles once the script runs, so nothing typed before then is lost.
  const combobox = enhanced
    ? {
        role: 'combobox',
        'aria-autocomplete': 'list' as const,
        'aria-expanded': listed,
        'aria-controls': listId,
        'aria-activedescendant': listed && active >= 0 ? optionId(active) : undefined,
      }
    : {};
  return (
    <div className={styles.picker}>
      <input
        {...field}
        {...combobox}
        value={value}
        autoComplete="off"
        onChange={(event) => {
          setValue(event.target.value);
          searchFor(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          cancel();
          setOpen(false);
          setActive(-1);
        }}
      />
      {enhanced ? (
        <>
          <ul id={listId} role="listbox" aria-label="Suggestions" className={styles.choices} hidden={!listed}>
            {found.map((choice, i) => (
              <li
                key={choice.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={styles.choice}
                // Chosen on mouse down, before the field's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(choice);
                }}
              >
                {choice.label} <span className={styles.choiceKey}>{choice.key}</span>
              </li>
            ))}
          </ul>
          <p aria-live="polite" className={styles.pickerStatus}>
            {statusText(search, open, kind)}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** What the status line says about the search, heard by a screen reader as it changes. */
function statusText(search: Search, open: boolean, kind: PickerKind): string {
  if (!open || search.state === 'idle') return '';
  if (search.state === 'searching') return 'Searching…';
  const noun = kind === 'actor' ? 'actor' : 'source';
  if (!search.found.length) return `No ${noun} matches “${search.term}”.`;
  const count = search.found.length === 1 ? `1 ${noun}` : `${search.found.length} ${noun}s`;
  return `${count} found: use the up and down arrows to choose, Enter to pick.`;
}
