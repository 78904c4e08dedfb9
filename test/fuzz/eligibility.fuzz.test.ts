import { fuzzGroup } from './run.js';

fuzzGroup('eligibility');
