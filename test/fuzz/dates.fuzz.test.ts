import { fuzzGroup } from './run.js';

fuzzGroup('dates');
