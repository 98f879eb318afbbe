'use client';
import { addStatement } from '../actions';
import { DeskForm } from '../desk-form';
import { StatementFields } from '../statement-fields';

/** A new statement, checked by addStatement's own rules; works as a plain form POST without JavaScript. */
export function StatementForm() {
  return (
    <DeskForm action={addStatement} label="New statement" submitLabel="Add statement">
      {(state) => <StatementFields values={state.values} errors={state.errors} />}
    </DeskForm>
  );
}
