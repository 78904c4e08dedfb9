// `npm run demo`: what the library answers, in both languages, from the built package.
import {
  ageOn,
  appealDeadline,
  cite,
  dateOfAge,
  explain,
  PARAMETERS,
} from '../dist/index.js';
import { citeWithText } from '../dist/text.js';
import { checkEligibility } from '../dist/eligibility.js';

const rule = (title) => console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);

rule('0. Who may manage an office (Arts. 9, 11): an applicant with some facts still unknown');
const applicant = {
  role: 'manager',
  asOf: '1403/05/01',
  person: {
    iranianNationality: true,
    degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }],
    birthDate: '1380/06/15',
    sex: 'male',
    militaryService: 'completionCard',
    stateEmployee: true,
  },
};
const e = checkEligibility(applicant);
console.log(explain(e, { lang: 'en' }));
console.log();
console.log(explain(e, { lang: 'fa' }));

rule('1. The last day to appeal a first-instance ruling (Art. 33; Civil Procedure Code Arts. 444–445)');
// Notified on Wednesday 1403/01/10; the offices are closed on Fridays and on the caller's holidays.
const deadline = appealDeadline({ notifiedOn: '1403/01/10', holidays: ['1403/02/01'] });
console.log(explain(deadline, { lang: 'en' }));
console.log();
console.log(explain(deadline, { lang: 'fa' }));

rule('2. An age on a date, in completed Jalali years (Art. 9(ث); SPEC D3)');
const born = '1363/11/17'; // Q3 of questions.md
for (const asOf of ['1387/11/16', '1387/11/17']) {
  console.log(`born ${born}, on ${asOf}: ${ageOn(born, asOf)} years`);
}
console.log(`a manager must be ${PARAMETERS.managerMinAge.value} (${cite(PARAMETERS.managerMinAge.citation, 'en')}); reached on ${dateOfAge(born, PARAMETERS.managerMinAge.value)}`);

rule('3. A citation with its text');
console.log(citeWithText({ article: 38, clause: 'ذ' }, 'fa'));
console.log(citeWithText({ article: 9, clause: 'ث' }, 'en'));
console.log(citeWithText({ article: 30, note: 1 }, 'fa'));
