import { Stance } from '@/graphql/__generated__/client/graphql';
import { EvidenceFields } from './evidence-fields';
import { Field } from './field';
import { KeyPicker } from './key-picker';
import { STATEMENT_LIMITS } from './statement-input';

/**
 * A statement's fields, as the new-statement and correction forms show them: each with its
 * value as sent (or as held) and its error beside it.
 */
export function StatementFields({
  values: v,
  errors: e,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  return (
    <>
      <Field
        name="speakerKey"
        limit={STATEMENT_LIMITS.speakerKey}
        label="Speaker"
        error={e.speakerKey}
        hint="The speaker’s actor key: nikolay-nozdrev."
      >
        {(p) => <KeyPicker {...p} kind="actor" defaultValue={v.speakerKey} />}
      </Field>
      <Field
        name="targetKeys"
        limit={STATEMENT_LIMITS.targetKeys}
        label="Targets"
        error={e.targetKeys}
        hint="Actor keys, separated by commas: japan, nato."
      >
        {(p) => <KeyPicker {...p} kind="actor" multiple defaultValue={v.targetKeys} />}
      </Field>
      <Field
        name="date"
        limit={STATEMENT_LIMITS.date}
        label="Date"
        error={e.date}
        hint="As precise as the source: 2025-05-05, 2025-05 or 2025."
      >
        {(p) => <input {...p} defaultValue={v.date} inputMode="numeric" />}
      </Field>
      <Field
        name="quote"
        limit={STATEMENT_LIMITS.quote}
        label="Quote"
        error={e.quote}
        hint="The speaker’s own words, if the source quotes them."
      >
        {(p) => <textarea {...p} rows={3} defaultValue={v.quote} />}
      </Field>
      <Field
        name="summary"
        limit={STATEMENT_LIMITS.summary}
        label="Summary"
        error={e.summary}
        hint="The claim in one plain sentence."
      >
        {(p) => <textarea {...p} rows={2} defaultValue={v.summary} />}
      </Field>
      <Field name="stance" label="Stance" error={e.stance}>
        {(p) => (
          <select {...p} defaultValue={v.stance ?? ''}>
            <option value="">Choose…</option>
            {Object.values(Stance).map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="intensity"
        label="Intensity"
        error={e.intensity}
        hint="-10 (most conflictual) to +10 (most cooperative)."
      >
        {(p) => <input {...p} defaultValue={v.intensity} inputMode="decimal" />}
      </Field>
      <EvidenceFields
        state={{ values: v, errors: e }}
        hints={{
          sourceKey: 'The key of the source it is taken from.',
          excerpt: 'The source’s words that support it; a quote must occur in them.',
        }}
      />
    </>
  );
}
