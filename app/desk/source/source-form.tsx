'use client';
import { Field } from '../field';
import { DeskForm } from '../desk-form';
import type { FormState } from '../form-state';
import { addSource } from '../record-actions';
import { SOURCE_LIMITS } from './source-input';

/** A new source that records can then cite, checked by addSource's own rules. */
export function SourceForm() {
  return (
    <DeskForm action={addSource} label="New source" submitLabel="Add source">
      {(state) => <SourceFields state={state} />}
    </DeskForm>
  );
}

/** The form's fields, filled as the last submission left them. */
function SourceFields({ state }: { state: FormState }) {
  const v = state.values;
  const e = state.errors;
  return (
    <>
      <Field
        name="title"
        limit={SOURCE_LIMITS.title}
        label="Title"
        error={e.title}
        hint="The document’s title, as published."
      >
        {(p) => <input {...p} defaultValue={v.title} />}
      </Field>
      <Field
        name="outlet"
        limit={SOURCE_LIMITS.outlet}
        label="Outlet"
        error={e.outlet}
        hint="Who published it: Izvestia."
      >
        {(p) => <input {...p} defaultValue={v.outlet} />}
      </Field>
      <Field
        name="publishedAt"
        limit={SOURCE_LIMITS.publishedAt}
        label="Published"
        error={e.publishedAt}
        hint="Publication date, as precise as known: 2025-05-05, 2025-05 or 2025."
      >
        {(p) => <input {...p} defaultValue={v.publishedAt} inputMode="numeric" />}
      </Field>
      <Field
        name="url"
        limit={SOURCE_LIMITS.url}
        label="URL"
        error={e.url}
        hint="Where it can be read: https://en.iz.ru/en/1881287."
      >
        {(p) => <input {...p} type="url" defaultValue={v.url} autoComplete="off" />}
      </Field>
      <Field name="language" label="Language" error={e.language} hint="A BCP 47 tag: en, ru, ja.">
        {(p) => <input {...p} defaultValue={v.language} autoComplete="off" />}
      </Field>
      <Field
        name="key"
        limit={SOURCE_LIMITS.key}
        label="Key"
        error={e.key}
        hint="A new lowercase slug that records will cite it by: izvestia-1881287."
      >
        {(p) => <input {...p} defaultValue={v.key} autoComplete="off" />}
      </Field>
    </>
  );
}
