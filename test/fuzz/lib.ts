/** Every public entry point but the text, as one namespace (the fuzz list covers them all). */
import * as main from '../../src/index.js';
import * as eligibility from '../../src/eligibility/index.js';
import * as exam from '../../src/exam/index.js';
import * as discipline from '../../src/discipline/index.js';
import * as fees from '../../src/fees/index.js';
import * as operations from '../../src/operations/index.js';
import * as instruction from '../../src/instruction/index.js';
import * as messages from '../../src/messages.js';
import * as calendar from '../../src/calendar/index.js';

export const lib = { ...main, ...eligibility, ...exam, ...discipline, ...fees, ...operations, ...instruction, ...messages, ...calendar };
