/**
 * The inputs of the exam's decisions (Art. 10(الف), SPEC D6): every standardized score of
 * a sitting, a sitting's entries (ids differ), one candidate's score among the sitting's.
 */
import * as z from 'zod/mini';
import { finiteNumber } from '../core/schemas.js';

/** Every standardized score of a sitting (at least one). */
export const scoresSchema = z.array(finiteNumber).check(z.minLength(1));

/** Input of {@link examCutoff}: every standardized score of one sitting (at least one). */
export const ExamCutoffInputSchema = z.object({ scores: scoresSchema });
/** Input of {@link examCutoff}. */
export type ExamCutoffInput = z.input<typeof ExamCutoffInputSchema>;

const SittingEntrySchema = z.object({ id: z.string(), score: finiteNumber });

/** Input of {@link gradeSitting}: one `{ id, score }` per candidate of the sitting; ids differ. */
export const GradeSittingInputSchema = z.object({
  entries: z.array(SittingEntrySchema).check(
    z.minLength(1),
    z.superRefine((entries, ctx) => {
      // runs only when every entry is valid (zod skips checks after an issue), so each has a string id
      const first = new Map<string, number>();
      entries.forEach((e, i) => {
        const id = e.id;
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, i);
          return;
        }
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          input: id,
          message: 'an id not used by another entry',
          params: {
            code: 'duplicate_id',
            expected: { en: 'an id not used by another entry', fa: 'شناسه‌ای که در ردیف دیگری نیامده باشد' },
            detail: { en: `also at entries[${earlier}].id`, fa: `در entries[${earlier}].id نیز آمده است` },
          },
        });
      });
    }),
  ),
});
/** Input of {@link gradeSitting}. */
export type GradeSittingInput = z.input<typeof GradeSittingInputSchema>;

/**
 * Input of {@link examResult}: the candidate's standardized score and every score of the
 * sitting, the candidate's own included (the cut-off is computed from all of them, D6).
 */
export const ExamResultInputSchema = z.object({ score: finiteNumber, sittingScores: scoresSchema }).check(
  z.superRefine((input, ctx) => {
    if (!input.sittingScores.includes(input.score)) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        input: input.score,
        message: 'a score that appears in sittingScores',
        params: {
          code: 'score_not_in_sitting',
          expected: { en: 'one of the scores in sittingScores', fa: 'یکی از نمره‌های sittingScores' },
          detail: {
            en: 'the cut-off is computed from every score of the sitting, the candidate’s own included',
            fa: 'حد نصاب از همه نمره‌های همان نوبت، از جمله نمره خود داوطلب، محاسبه می‌شود',
          },
        },
      });
    }
  }),
);
/** Input of {@link examResult}. */
export type ExamResultInput = z.input<typeof ExamResultInputSchema>;
