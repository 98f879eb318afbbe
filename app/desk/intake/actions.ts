'use server';
/**
 * The intake screen's one Server Action. Every post carries the pasted text and source, reads
 * the proposals from it again (proposeStatements, as the signed-in analyst), and then does what
 * its button says: read the text afresh, accept one proposal (addStatement, with the quote's
 * sentence as its excerpt) or reject one.
 */
import {
  DeskAddStatementDocument,
  DeskProposeStatementsDocument,
} from '@/graphql/__generated__/client/graphql';
import { runOperationAs } from '@/graphql/server';
import { attempted, placeErrors } from '../form-state';
import { heldRecordLink } from '../submit-write';
import { analystForPost, isForm, NOT_A_FORM, refusedWhole } from '../post-guard';
import { STATEMENT_ERROR_FIELDS, statementInput, statementTypeErrors } from '../statement-input';
import { overLimits } from '../field-limits';
import { postedValues } from './posted-values';
import {
  emptyIntake,
  INTAKE_LIMITS,
  PROPOSAL_FIELDS,
  proposalField,
  type IntakeState,
  type ProposalView,
} from './intake-state';
import { quoteSentence } from './quote-sentence';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * The proposal's fields, unprefixed, as a statement form's values, with the intake's source:
 * read whole from the form (the echo is cut at each limit), so a value too long is refused.
 */
function proposalValues(form: FormData, offset: number, sourceKey: string) {
  const own = Object.fromEntries(
    PROPOSAL_FIELDS.map((f) => [f, text(form, proposalField(offset, f)).trim()]),
  );
  return { ...own, sourceKey };
}

const PROPOSAL_GONE =
  'That proposal is no longer in the text: the text was changed after it was read, so nothing was accepted or rejected. The proposals below are read from the text as it is now.';

export async function intake(previous: IntakeState, form: FormData): Promise<IntakeState> {
  if (!isForm(form)) return attempted({ ...emptyIntake, formError: NOT_A_FORM });
  return attempted(await intakeOnce(previous, form));
}

async function intakeOnce(_: IntakeState, form: FormData): Promise<IntakeState> {
  const analyst = await analystForPost();
  const posted = postedValues(form);
  // A fresh reading starts the proposals' fields from what the text says, not from past edits.
  const values =
    text(form, 'intent') === 'read'
      ? Object.fromEntries(Object.entries(posted).filter(([name]) => !/^p\d+\./.test(name)))
      : posted;
  if ('refused' in analyst) return { ...emptyIntake, values, formError: analyst.refused };
  const sourceKey = text(form, 'sourceKey').trim();
  const pasted = text(form, 'text');
  const [intent, at] = text(form, 'intent').split(':');
  const tooLong = overLimits({ sourceKey, text: pasted }, INTAKE_LIMITS);
  if (Object.keys(tooLong).length) return { ...emptyIntake, values, errors: tooLong };
  const settled =
    intent === 'read'
      ? []
      : text(form, 'settled').split(',').filter(Boolean).map(Number).filter(Number.isInteger);

  let read;
  try {
    read = (
      await runOperationAs(analyst, DeskProposeStatementsDocument, { input: { sourceKey, text: pasted } })
    ).proposeStatements;
  } catch (error) {
    return { ...emptyIntake, ...refusedWhole(error, values) };
  }
  if (read.userErrors.length) {
    const placed = placeErrors(
      read.userErrors,
      { 'input.sourceKey': 'sourceKey', 'input.text': 'text' },
      values,
    );
    return { ...emptyIntake, ...placed };
  }
  const state: IntakeState = { ...emptyIntake, values, settled, readText: pasted };
  const offset = Number(at);
  if ((intent === 'accept' || intent === 'reject') && Number.isInteger(offset)) {
    const proposal = read.proposals.find((p) => p.offset === offset);
    // The text was changed after its proposals were read: the proposal posted is not in it now.
    if (!proposal && !settled.includes(offset)) state.formError = PROPOSAL_GONE;
    if (proposal && intent === 'reject') state.settled = [...settled, offset];
    if (proposal && intent === 'accept') {
      const own = proposalValues(form, offset, sourceKey);
      const typeErrors = statementTypeErrors(own);
      const prefix = (errors: Record<string, string>) =>
        Object.fromEntries(Object.entries(errors).map(([f, m]) => [proposalField(offset, f), m]));
      if (Object.keys(typeErrors).length) {
        state.errors = prefix(typeErrors);
      } else {
        const excerpt = quoteSentence(pasted, offset, proposal.quote.length);
        try {
          const { addStatement } = await runOperationAs(analyst, DeskAddStatementDocument, {
            input: statementInput(own, excerpt),
          });
          if (addStatement.statement) {
            state.settled = [...settled, offset];
            state.done = {
              // Whom the statement was added for: the analyst may have chosen another speaker.
              message: `Accepted: ${addStatement.statement.speaker.name}’s statement was added, by ${analyst.name}.`,
              href: `/records/${encodeURIComponent(addStatement.statement.id)}`,
              linkText: 'Open the statement’s record',
              also: {
                href: `/statements?speaker=${encodeURIComponent(addStatement.statement.speaker.key)}`,
                linkText: `See ${addStatement.statement.speaker.name}’s statements`,
              },
            };
          } else {
            const placed = placeErrors(addStatement.userErrors, STATEMENT_ERROR_FIELDS, {});
            state.errors = prefix(placed.errors);
            state.formError = placed.formError;
            state.existing = heldRecordLink(addStatement.userErrors);
          }
        } catch (error) {
          state.formError = refusedWhole(error, values).formError;
        }
      }
    }
  }
  state.proposals = read.proposals
    .filter((p) => !state.settled.includes(p.offset))
    .map((p): ProposalView => ({
      offset: p.offset,
      speakerName: p.speakerName,
      speakerKey: p.speaker?.key ?? null,
      quote: p.quote,
      date: p.date ?? null,
      targetKeys: p.targets.map((t) => t.key),
      stance: p.stance ?? null,
    }));
  return state;
}
