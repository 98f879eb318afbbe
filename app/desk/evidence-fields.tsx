import { Field } from './field';
import type { FormState } from './form-state';
import { KeyPicker } from './key-picker';
import { EVIDENCE_LIMITS } from './evidence-input';

/** What the Source and Excerpt fields say of themselves, unless a form says more. */
const HINTS = {
  sourceKey: 'The key of the source that establishes it: mofa-press4e-003085.',
  excerpt: 'The source’s own words that support it.',
};

/** The Source, Excerpt and Note fields of a form whose record cites a source. */
export function EvidenceFields({
  state,
  hints = HINTS,
}: {
  state: Pick<FormState, 'values' | 'errors'>;
  hints?: typeof HINTS;
}) {
  const v = state.values;
  const e = state.errors;
  return (
    <>
      <Field
        name="sourceKey"
        limit={EVIDENCE_LIMITS.sourceKey}
        label="Source"
        error={e.sourceKey}
        hint={hints.sourceKey}
      >
        {(p) => <KeyPicker {...p} kind="source" defaultValue={v.sourceKey} />}
      </Field>
      <Field
        name="excerpt"
        limit={EVIDENCE_LIMITS.excerpt}
        label="Excerpt"
        error={e.excerpt}
        hint={hints.excerpt}
      >
        {(p) => <textarea {...p} rows={3} defaultValue={v.excerpt} />}
      </Field>
      <Field
        name="note"
        limit={EVIDENCE_LIMITS.note}
        label="Note"
        error={e.note}
        hint="What the source supports, in your words, when its own words are not at hand."
      >
        {(p) => <textarea {...p} rows={2} defaultValue={v.note} />}
      </Field>
    </>
  );
}
