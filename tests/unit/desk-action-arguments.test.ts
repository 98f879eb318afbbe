/**
 * A desk Server Action called with something other than a form (a script may call one with any
 * value) answers with a plain error above the form and does nothing, instead of failing whole.
 */
import { describe, expect, it } from 'vitest';
import { addActor, addStatement, signIn } from '../../app/desk/actions';
import { emptyForm } from '../../app/desk/form-state';
import { intake } from '../../app/desk/intake/actions';
import { emptyIntake } from '../../app/desk/intake/intake-state';
import { NOT_A_FORM } from '../../app/desk/post-guard';
import { addEvent, addSanctionPackage, addSource } from '../../app/desk/record-actions';

const notForms: unknown[] = ['a string', 42, null, undefined, { get: () => 'x' }, [['speakerKey', 'x']]];

describe('a desk action given no form', () => {
  it.each([
    ['signIn', signIn],
    ['addStatement', addStatement],
    ['addActor', addActor],
    ['addSource', addSource],
    ['addEvent', addEvent],
    ['addSanctionPackage', addSanctionPackage],
  ])('%s says so above the form and does nothing', async (_, action) => {
    for (const notForm of notForms) {
      const state = await action(emptyForm, notForm as FormData);
      expect(state).toMatchObject({ formError: NOT_A_FORM, errors: {}, values: {}, done: null });
    }
  });

  it('intake says so too, with no proposals', async () => {
    for (const notForm of notForms) {
      const state = await intake(emptyIntake, notForm as FormData);
      expect(state).toMatchObject({ formError: NOT_A_FORM, proposals: [], done: null });
    }
  });
});
