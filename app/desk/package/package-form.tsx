'use client';
import { EvidenceFields } from '../evidence-fields';
import { Field } from '../field';
import { DeskForm } from '../desk-form';
import type { FormState } from '../form-state';
import { KeyPicker } from '../key-picker';
import { addSanctionPackage } from '../record-actions';
import { PACKAGE_LIMITS } from './package-input';

/** A new sanctions package, checked by addSanctionPackage's own rules. */
export function PackageForm() {
  return (
    <DeskForm action={addSanctionPackage} label="New sanctions package" submitLabel="Add package">
      {(state) => <PackageFields state={state} />}
    </DeskForm>
  );
}

/** The form's fields, filled as the last submission left them. */
function PackageFields({ state }: { state: FormState }) {
  const v = state.values;
  const e = state.errors;
  return (
    <>
      <Field
        name="imposerKey"
        limit={PACKAGE_LIMITS.imposerKey}
        label="Imposer"
        error={e.imposerKey}
        hint="Key of the actor that imposes it: japan."
      >
        {(p) => <KeyPicker {...p} kind="actor" defaultValue={v.imposerKey} />}
      </Field>
      <Field
        name="targetKey"
        limit={PACKAGE_LIMITS.targetKey}
        label="Target"
        error={e.targetKey}
        hint="Key of the actor it is aimed at: russia."
      >
        {(p) => <KeyPicker {...p} kind="actor" defaultValue={v.targetKey} />}
      </Field>
      <Field
        name="date"
        limit={PACKAGE_LIMITS.date}
        label="Announced"
        error={e.date}
        hint="When it was adopted or announced, as precise as the source: 2022-02-23, 2022-02 or 2022."
      >
        {(p) => <input {...p} defaultValue={v.date} inputMode="numeric" />}
      </Field>
      <Field
        name="title"
        limit={PACKAGE_LIMITS.title}
        label="Title"
        error={e.title}
        hint="A short name: Visa ban and asset freeze."
      >
        {(p) => <input {...p} defaultValue={v.title} />}
      </Field>
      <Field
        name="ordinal"
        label="Ordinal"
        error={e.ordinal}
        hint="Its number within the regime, when known: 25."
      >
        {(p) => <input {...p} defaultValue={v.ordinal} inputMode="numeric" />}
      </Field>
      <Field
        name="measures"
        limit={PACKAGE_LIMITS.measures}
        label="Measures"
        error={e.measures}
        hint="One a line: Ban on new Russian sovereign debt."
      >
        {(p) => <textarea {...p} rows={3} defaultValue={v.measures} />}
      </Field>
      <Field
        name="designatedIndividuals"
        label="Designated individuals"
        error={e.designatedIndividuals}
        hint="How many individuals it designates, as the source states."
      >
        {(p) => <input {...p} defaultValue={v.designatedIndividuals} inputMode="numeric" />}
      </Field>
      <Field
        name="designatedEntities"
        label="Designated entities"
        error={e.designatedEntities}
        hint="How many entities it designates, as the source states."
      >
        {(p) => <input {...p} defaultValue={v.designatedEntities} inputMode="numeric" />}
      </Field>
      <EvidenceFields state={state} />
    </>
  );
}
